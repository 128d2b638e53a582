package org.gsef.governance.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.monitoring.Progress;
import org.gsef.governance.query.readmodel.ContentWords;
import org.gsef.governance.query.readmodel.TitleSearch;
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

    private static final ObjectMapper JSON = JsonMapper.builder().build();

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
     * @param entityType the entity type only ({@code MembershipApplication})
     * @param eventType the event type only ({@code BallotClosed})
     * @param role a role the actor acted in ({@code CHAIR})
     * @param seat the Committee seat the actor acted for
     * @param text words the event's content holds, whatever their case: in its texts and numbers, not in its field
     *     names, identifiers, instants or sealed personal data ({@link ContentWords}; on PostgreSQL with the trigram
     *     index {@code audit_trail_words}; on H2 a scan: narrow it with other criteria)
     */
    public record Filter(
            Instant from,
            Instant to,
            String entity,
            String part,
            String actor,
            String type,
            String entityType,
            String eventType,
            String role,
            String seat,
            String text) {

        public Filter {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
            entity = blankToNull(entity);
            part = blankToNull(part);
            actor = blankToNull(actor);
            type = blankToNull(type);
            entityType = blankToNull(entityType);
            eventType = blankToNull(eventType);
            role = blankToNull(role);
            seat = blankToNull(seat);
            text = blankToNull(text);
        }

        public Filter(Instant from, Instant to, String entity, String part, String actor, String type) {
            this(from, to, entity, part, actor, type, null, null, null, null, null);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
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

    /** The next {@code limit} entries after position {@code after} that the filter keeps, oldest first. */
    public List<Entry> page(Filter filter, long after, int limit) {
        return page(filter, after, limit, false);
    }

    /**
     * A page of the trail by keyset, never by offset: oldest first, the entries after position {@code cursor}; newest
     * first, the entries before it ({@code 0} for the newest). Only the criteria given go into the statement, so that
     * the database can use the index that fits them (entity, actor, event type, seat, each with the position).
     */
    public List<Entry> page(Filter filter, long cursor, int limit, boolean newestFirst) {
        return statement("SELECT " + COLUMNS, filter, cursor, limit, newestFirst)
                .query(Entry.class)
                .list();
    }

    /**
     * How PostgreSQL runs the page's statement (its {@code EXPLAIN (ANALYZE)}, one line each), to show which index a
     * filter uses: the words filter, the trigram index {@code audit_trail_words} when the words are rare enough.
     */
    public List<String> plan(Filter filter, long cursor, int limit, boolean newestFirst) {
        return statement("EXPLAIN (ANALYZE, COSTS OFF) SELECT " + COLUMNS, filter, cursor, limit, newestFirst)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec statement(
            String select, Filter filter, long cursor, int limit, boolean newestFirst) {
        StringBuilder sql = new StringBuilder(select + " FROM audit_trail WHERE ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (newestFirst && cursor > 0) {
            sql.append("global_index < :cursor");
        } else {
            sql.append("global_index > :cursor");
        }
        params.put("cursor", newestFirst && cursor <= 0 ? 0 : cursor);
        criterion(sql, params, "occurred_at >= :from", "from", time(filter.from()));
        criterion(sql, params, "occurred_at < :to", "to", time(filter.to()));
        criterion(sql, params, "entity_id = :entity", "entity", filter.entity());
        criterion(sql, params, "entity_part = :part", "part", filter.part());
        criterion(sql, params, "actor_id = :actor", "actor", filter.actor());
        criterion(sql, params, "(event_type = :type OR entity_type = :type)", "type", filter.type());
        criterion(sql, params, "entity_type = :entityType", "entityType", filter.entityType());
        criterion(sql, params, "event_type = :eventType", "eventType", filter.eventType());
        criterion(sql, params, "actor_seat = :seat", "seat", filter.seat());
        criterion(
                sql,
                params,
                "actor_roles LIKE :role ESCAPE '\\'",
                "role",
                filter.role() == null ? null : "%" + like(filter.role()) + "%");
        criterion(
                sql,
                params,
                "words LIKE :text ESCAPE '\\'",
                "text",
                filter.text() == null ? null : TitleSearch.pattern(filter.text()));
        sql.append(" ORDER BY global_index ")
                .append(newestFirst ? "DESC" : "ASC")
                .append(" FETCH FIRST ")
                .append(limit)
                .append(" ROWS ONLY");
        var statement = jdbc.sql(sql.toString());
        for (var param : params.entrySet()) {
            statement = param.getValue() instanceof OffsetDateTime
                    ? statement.param(param.getKey(), param.getValue(), Types.TIMESTAMP_WITH_TIMEZONE)
                    : statement.param(param.getKey(), param.getValue());
        }
        return statement;
    }

    private static void criterion(
            StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** The text with LIKE's wildcards escaped, so that they match themselves. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    // ---- vote receipts: each vote a seat cast, its link in the chain and the first checkpoint covering it ----

    /**
     * @param seat the seat the vote was for (a proxy's holder casts for another seat)
     * @param checkpointSeq the first signed checkpoint at or after the link; null until one is taken
     */
    public record Receipt(
            String ballotId,
            String eventType,
            String seat,
            String eventId,
            long position,
            OffsetDateTime recordedAt,
            Long chainSeq,
            String entityHash,
            String chainHash,
            Long checkpointSeq,
            String checkpointHash,
            String checkpointTakenAt) {}

    /** The receipts of the votes cast by {@code seat}'s delegate, oldest first. */
    public List<Receipt> receiptsOf(String seat) {
        return jdbc.sql("""
                        SELECT a.entity_id AS ballot_id, a.event_type, a.content, a.event_id, a.global_index AS position,
                               a.occurred_at AS recorded_at, c.chain_seq, c.entity_hash, c.chain_hash,
                               k.chain_seq AS checkpoint_seq, k.chain_hash AS checkpoint_hash,
                               k.taken_at AS checkpoint_taken_at
                          FROM audit_trail a
                          LEFT JOIN event_chain c ON c.global_index = a.global_index
                          LEFT JOIN audit_checkpoint k ON k.chain_seq = (
                               SELECT MIN(k2.chain_seq) FROM audit_checkpoint k2 WHERE k2.chain_seq >= c.chain_seq)
                         WHERE a.actor_seat = :seat AND a.event_type IN ('VoteCast', 'VoteChanged')
                         ORDER BY a.global_index""")
                .param("seat", seat)
                .query((rs, n) -> new Receipt(
                        rs.getString("ballot_id"),
                        rs.getString("event_type"),
                        seatOf(rs.getString("content")),
                        rs.getString("event_id"),
                        rs.getLong("position"),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getObject("chain_seq", Long.class),
                        rs.getString("entity_hash"),
                        rs.getString("chain_hash"),
                        rs.getObject("checkpoint_seq", Long.class),
                        rs.getString("checkpoint_hash"),
                        rs.getString("checkpoint_taken_at")))
                .list();
    }

    private static String seatOf(String content) {
        try {
            return JSON.readTree(content).path("seat").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
