package org.gsef.governance.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gsef.governance.platform.monitoring.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit trail: filtered, in the order of the store, a batch at a time so that nothing loads it whole. */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private static final String COLUMNS = """
            global_index AS position, event_id, occurred_at, entity_id, entity_type, entity_version, entity_part, event_type,
            content, actor_id, actor_roles, actor_seat, on_behalf_of, correlation_id, causation_id, command_name,
            command_id, import_source""";

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to keep: every criterion is optional.
     *
     * @param from events that occurred at or after this instant
     * @param to events that occurred before this instant
     * @param entity the entity (aggregate) identifier
     * @param part the part of the entity (a milestone's code, with the edition as the entity)
     * @param actor the acting user's identifier
     * @param type an event type ({@code VoteCast}) or an entity type ({@code Ballot})
     */
    public record Filter(Instant from, Instant to, String entity, String part, String actor, String type) {

        public Filter {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
        }
    }

    /** One event of the trail. {@code content} is the event's JSON, personal data sealed. */
    public record Entry(
            long position,
            String eventId,
            OffsetDateTime occurredAt,
            String entityId,
            String entityType,
            Long entityVersion,
            String entityPart,
            String eventType,
            @JsonRawValue String content,
            String actorId,
            String actorRoles,
            String actorSeat,
            String onBehalfOf,
            String correlationId,
            String causationId,
            String commandName,
            String commandId,
            String importSource) {}

    /** The next {@code limit} entries after position {@code after} that the filter keeps. */
    public List<Entry> page(Filter filter, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_trail WHERE global_index > :after"
                        + " AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :from)"
                        + " AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :to)"
                        + " AND (CAST(:entity AS VARCHAR(255)) IS NULL OR entity_id = :entity)"
                        + " AND (CAST(:part AS VARCHAR(255)) IS NULL OR entity_part = :part)"
                        + " AND (CAST(:actor AS VARCHAR(255)) IS NULL OR actor_id = :actor)"
                        + " AND (CAST(:type AS VARCHAR(255)) IS NULL OR event_type = :type OR entity_type = :type)"
                        + " ORDER BY global_index FETCH FIRST " + limit + " ROWS ONLY")
                .param("after", after)
                .param("from", time(filter.from()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", time(filter.to()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("entity", filter.entity(), Types.VARCHAR)
                .param("part", filter.part(), Types.VARCHAR)
                .param("actor", filter.actor(), Types.VARCHAR)
                .param("type", filter.type(), Types.VARCHAR)
                .query(Entry.class)
                .list();
    }

    /** Hands every entry the filter keeps to {@code sink}, in order, a batch at a time. */
    public long each(Filter filter, Sink sink) throws java.io.IOException {
        long after = 0;
        Progress progress = new Progress(log, "audit trail export of " + filter);
        while (true) {
            List<Entry> batch = page(filter, after, 500);
            for (Entry entry : batch) {
                sink.accept(entry);
            }
            progress.advance(batch.size());
            if (batch.size() < 500) {
                return progress.finish();
            }
            after = batch.getLast().position();
        }
    }

    @FunctionalInterface
    public interface Sink {
        void accept(Entry entry) throws java.io.IOException;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
