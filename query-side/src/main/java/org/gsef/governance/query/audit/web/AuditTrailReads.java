package org.gsef.governance.query.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gsef.governance.platform.web.CsvTables;
import org.gsef.governance.query.audit.AuditReadings;
import org.gsef.governance.query.audit.AuditTrail;
import org.gsef.governance.query.audit.AuditTrail.Entry;
import org.gsef.governance.query.audit.AuditTrail.Filter;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail for auditors: a page at a time, an entity's timeline, or everything the filter keeps streamed as
 * JSON Lines or CSV without loading it in memory.
 */
@RestController
class AuditTrailReads {

    private static final List<String> CSV_COLUMNS = List.of(
            "position",
            "eventId",
            "occurredAt",
            "entityId",
            "entityType",
            "entityVersion",
            "entityPart",
            "eventType",
            "actorId",
            "actorRoles",
            "actorSeat",
            "onBehalfOf",
            "correlationId",
            "causationId",
            "commandName",
            "commandId",
            "importSource",
            "content");

    private final AuditTrail trail;
    private final JsonMapper json;
    private final AuditReadings readings;

    AuditTrailReads(AuditTrail trail, JsonMapper json, AuditReadings readings) {
        this.trail = trail;
        this.json = json;
        this.readings = readings;
    }

    /**
     * A page of the trail; {@code next} is the cursor of the following page (its {@code after} oldest first, its
     * {@code before} newest first), null at the end.
     */
    record Page(List<Entry> entries, Long next) {}

    /**
     * A page of the trail, by keyset: oldest first after position {@code after}, or with {@code order=newest} newest
     * first before position {@code before} (0: from the newest).
     */
    @GetMapping("/api/audit/trail")
    Page page(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String eventType,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String seat,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "oldest") String order,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "0") long before,
            @RequestParam(defaultValue = "100") int limit) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        Filter filter = new Filter(from, to, entity, null, actor, type, entityType, eventType, role, seat, text);
        return switch (order) {
            case "oldest" -> page(filter, after, limit, false);
            case "newest" -> page(filter, before, limit, true);
            default -> throw new IllegalArgumentException("order must be oldest or newest");
        };
    }

    /** Who verified the chain, downloaded the bundle or exported the trail or a decision, newest first. */
    @GetMapping("/api/audit/readings")
    List<AuditReadings.Reading> readings(
            @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "50") int limit) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        if (before < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("before must be 0 or more and limit between 1 and 1000");
        }
        return readings.page(before, limit);
    }

    /**
     * The history of one entity (an application, a ballot, a member, a forum edition...), oldest first; with
     * {@code part}, of one part of it (a milestone of the edition's roadmap, by its code).
     */
    @GetMapping("/api/audit/entities/{entityId}/timeline")
    Page timeline(
            @PathVariable String entityId,
            @RequestParam(required = false) String part,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "1000") int limit) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return page(new Filter(null, null, entityId, part, null, null), after, limit, false);
    }

    /** Everything the filter keeps, streamed: {@code format=jsonl} (one JSON object a line) or {@code format=csv}. */
    @GetMapping("/api/audit/trail/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String eventType,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String seat,
            @RequestParam(required = false) String text) {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        Filter filter = new Filter(from, to, entity, null, actor, type, entityType, eventType, role, seat, text);
        if (format.equals("jsonl") || format.equals("csv")) {
            readings.record(reader, AuditReadings.Activity.EXPORTED_TRAIL, format + " " + filter);
        }
        return switch (format) {
            case "jsonl" ->
                attachment("jsonl", new MediaType("application", "jsonl", StandardCharsets.UTF_8), out -> {
                    trail.each(filter, entry -> {
                        out.write(json.writeValueAsBytes(entry));
                        out.write('\n');
                    });
                });
            case "csv" ->
                attachment("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), out -> csv(filter, out));
            default -> throw new IllegalArgumentException("format must be jsonl or csv");
        };
    }

    private Page page(Filter filter, long cursor, int limit, boolean newestFirst) {
        if (cursor < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("after and before must be 0 or more and limit between 1 and 1000");
        }
        List<Entry> entries = trail.page(filter, cursor, limit, newestFirst);
        return new Page(
                entries, entries.size() < limit ? null : entries.getLast().position());
    }

    /** The trail as CSV: positions and versions are numbers, everything else is text, neutralised as formulas. */
    private void csv(Filter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", CSV_COLUMNS) + "\r\n");
        trail.each(filter, entry -> {
            List<Object> values = List.of(
                    entry.position(),
                    entry.eventId(),
                    entry.occurredAt(),
                    nullable(entry.entityId()),
                    nullable(entry.entityType()),
                    nullable(entry.entityVersion()),
                    nullable(entry.entityPart()),
                    entry.eventType(),
                    nullable(entry.actorId()),
                    nullable(entry.actorRoles()),
                    nullable(entry.actorSeat()),
                    nullable(entry.onBehalfOf()),
                    nullable(entry.correlationId()),
                    nullable(entry.causationId()),
                    nullable(entry.commandName()),
                    nullable(entry.commandId()),
                    nullable(entry.importSource()),
                    entry.content());
            StringBuilder line = new StringBuilder();
            for (Object value : values) {
                line.append(line.isEmpty() ? "" : ",").append(CsvTables.cell(value));
            }
            writer.write(line.append("\r\n").toString());
        });
        writer.flush();
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<StreamingResponseBody> attachment(
            String extension, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gsef-audit-trail." + extension + "\"")
                .body(body);
    }
}
