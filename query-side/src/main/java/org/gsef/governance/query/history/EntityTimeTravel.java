package org.gsef.governance.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.query.readmodel.ReadModelsPromoted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time travel for one entity: its state as of any instant, each event's fields laid over the previous ones, with its
 * steps, computed from the events recorded up to that instant.
 */
@Component
public class EntityTimeTravel {

    private static final ObjectMapper JSON = AxonPersistenceConfiguration.axonObjectMapper();

    private static final Logger log = LoggerFactory.getLogger(EntityTimeTravel.class);
    static final int WARM_UP_QUESTIONS = 20;

    private final RecordedEvents recorded;

    private final Memos memos;

    /**
     * An entity's state after one of its events: where a later question about it can start from.
     *
     * @param state its fields as JSON, as {@link Folded} writes them
     */
    record Memo(String type, Step step, String state) {}

    /**
     * The one fold of an entity's events: each event's fields laid over the previous ones, in order. Questions and
     * the periodic states ({@link EntityStateProjection}) both fold through it, so a state kept is the state a
     * question computes.
     */
    static final class Folded {

        private ObjectNode state;
        private String type;
        private Step last;

        /** Starts from a kept state, or from nothing. */
        Folded(Memo from) {
            this.state = from == null ? JSON.createObjectNode() : parsed(from.state());
            this.type = from == null ? null : from.type();
            this.last = from == null ? null : from.step();
        }

        void apply(DomainEventMessage<?> event) {
            type = event.getType();
            state.setAll((ObjectNode) JSON.valueToTree(event.getPayload()));
            last = new Step(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp());
        }

        /** The last event folded, none yet when nothing was. */
        Step last() {
            return last;
        }

        /** The version after which the next event comes: 0 when nothing was folded. */
        long next() {
            return last == null ? 0 : last.version() + 1;
        }

        /** Whether the state now is one kept periodically: after every {@link Memos#EVERY}th event. */
        boolean due() {
            return last != null && (last.version() + 1) % Memos.EVERY == 0;
        }

        Memo memo() {
            return new Memo(type, last, state.toString());
        }

        String type() {
            return type;
        }

        ObjectNode state() {
            return state;
        }
    }

    /**
     * The states of long-lived entities after every {@link #EVERY}th event, kept in the database ({@code
     * entity_state_memo}) as the events arrive ({@link EntityStateProjection}, live and in rebuilds), so that the
     * first question about an entity after a start folds at most {@code EVERY} events (a past never changes, so they
     * never go stale); also in memory for up to {@link #ENTITIES} entities, the least recently asked about forgotten
     * first. A state is kept with the names of the upcasters it was folded under ({@link #BASIS}); one folded under
     * others (an earlier release) is never used: a question that folds past such a place keeps the state it folded
     * instead, and a rebuild of the read model makes them all again.
     */
    static final class Memos {

        static final int EVERY = 500;
        static final int ENTITIES = 1_000;
        static final String BASIS = EventUpcasters.names();

        private static final String COLUMNS = "version, entity_type, event_type, occurred_at, state";

        private final JdbcClient jdbc;

        private final Map<String, NavigableMap<Long, Memo>> byEntity = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NavigableMap<Long, Memo>> eldest) {
                return size() > ENTITIES;
            }
        };

        Memos(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        /** The entity with the most events among those whose states are kept, if any is. */
        Optional<String> longestLived() {
            return jdbc.sql("SELECT entity_id FROM entity_state_memo GROUP BY entity_id ORDER BY max(version) DESC"
                            + " LIMIT 1")
                    .query(String.class)
                    .optional();
        }

        Memo latest(String entityId, Instant asOf) {
            NavigableMap<Long, Memo> memos = of(entityId);
            synchronized (memos) {
                for (Memo memo : memos.descendingMap().values()) {
                    if (!memo.step().occurredAt().isAfter(asOf)) {
                        return memo;
                    }
                }
            }
            return null;
        }

        /** Keeps a state a question folded, replacing one kept under another basis. */
        void keep(String entityId, Memo memo) {
            NavigableMap<Long, Memo> memos = of(entityId);
            synchronized (memos) {
                if (memos.putIfAbsent(memo.step().version(), memo) != null) {
                    return;
                }
            }
            try {
                jdbc.sql("DELETE FROM entity_state_memo WHERE entity_id = :entity AND version = :version"
                                + " AND basis <> :basis")
                        .param("entity", entityId)
                        .param("version", memo.step().version())
                        .param("basis", BASIS)
                        .update();
                jdbc.sql("""
                                INSERT INTO entity_state_memo (entity_id, version, basis, entity_type, event_type,
                                                               occurred_at, state)
                                VALUES (:entity, :version, :basis, :type, :eventType, :at, :state)""")
                        .param("entity", entityId)
                        .param("version", memo.step().version())
                        .param("basis", BASIS)
                        .param("type", memo.type())
                        .param("eventType", memo.step().eventType())
                        .param("at", memo.step().occurredAt().atOffset(ZoneOffset.UTC))
                        .param("state", memo.state())
                        .update();
            } catch (DuplicateKeyException keptMeanwhile) {
                // kept under this basis already: by the projection, or by another question at the same time
            }
        }

        /**
         * The latest state kept before the version, under this basis, as the database holds it (the projection's
         * place to start from: the transaction's connection when there is one).
         */
        static Memo before(JdbcClient jdbc, String entityId, long version) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM entity_state_memo WHERE entity_id = :entity AND basis = :basis"
                            + " AND version < :version ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                    .param("entity", entityId)
                    .param("basis", BASIS)
                    .param("version", version)
                    .query(Memos::memo)
                    .optional()
                    .orElse(null);
        }

        private static Memo memo(ResultSet rs, int row) throws SQLException {
            return new Memo(
                    rs.getString("entity_type"),
                    new Step(
                            rs.getLong("version"),
                            rs.getString("event_type"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                    rs.getString("state"));
        }

        /** The entity's states, read from the database when it is first asked about (or asked about again). */
        private NavigableMap<Long, Memo> of(String entityId) {
            synchronized (byEntity) {
                NavigableMap<Long, Memo> known = byEntity.get(entityId);
                if (known != null) {
                    return known;
                }
            }
            NavigableMap<Long, Memo> stored = new TreeMap<>();
            jdbc.sql("SELECT " + COLUMNS + " FROM entity_state_memo WHERE entity_id = :entity AND basis = :basis")
                    .param("entity", entityId)
                    .param("basis", BASIS)
                    .query(Memos::memo)
                    .list()
                    .forEach(memo -> stored.put(memo.step().version(), memo));
            synchronized (byEntity) {
                return byEntity.computeIfAbsent(entityId, id -> stored);
            }
        }
    }

    private static ObjectNode parsed(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public EntityTimeTravel(RecordedEvents recorded, JdbcClient jdbc) {
        this.recorded = recorded;
        this.memos = new Memos(jdbc);
    }

    /**
     * After a start, asks a few questions about the longest-lived entity, off the request path, so that the code a
     * question runs through (the range read, the upcasting, the fold) is compiled before an auditor's first question.
     * A start with no kept state (a new database, or one whose read models are to be rebuilt) has nothing to ask
     * about: then the promotion of a rebuild of the kept states does it ({@link #promoted}).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("time-travel-warm-up").start(() -> {
            try {
                memos.longestLived().ifPresent(entityId -> {
                    long started = System.nanoTime();
                    for (int i = 0; i < WARM_UP_QUESTIONS; i++) {
                        entity(entityId, Instant.now(), false);
                    }
                    log.info(
                            "time travel warmed up: {} questions about {} in {} ms",
                            WARM_UP_QUESTIONS,
                            entityId,
                            (System.nanoTime() - started) / 1_000_000);
                });
            } catch (RuntimeException e) {
                log.warn("time travel was not warmed up: {}", e.toString());
            }
        });
    }

    /** The kept states rebuilt and live: the questions of {@link #warmUp} are asked as after a start. */
    @EventListener
    void promoted(ReadModelsPromoted promoted) {
        if (promoted.processors().contains(EntityStateProjection.PROCESSOR)) {
            warmUp();
        }
    }

    /** One event of an entity's past. */
    public record Step(long version, String eventType, Instant occurredAt) {}

    /**
     * An entity as of an instant: each event's fields laid over the previous ones, in order.
     *
     * @param state the entity's fields as its events up to then set them
     * @param history every step up to then, when asked for (the timeline gives them too)
     */
    public record EntityState(
            String entityId,
            String entityType,
            Instant asOf,
            long version,
            String lastEventType,
            Instant lastEventAt,
            @JsonRawValue String state,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {}

    /** The entity as of the instant, with its steps or not; nothing when it had no event yet. */
    public Optional<EntityState> entity(String entityId, Instant asOf, boolean withHistory) {
        List<Step> steps = withHistory ? new ArrayList<>() : null;
        Folded folded = new Folded(withHistory ? null : memos.latest(entityId, asOf));
        for (DomainEventMessage<?> event : recorded.eventsOf(entityId, asOf, folded.next())) {
            folded.apply(event);
            if (withHistory) {
                steps.add(folded.last());
            }
            if (folded.due()) {
                memos.keep(entityId, folded.memo());
            }
        }
        Step last = folded.last();
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EntityState(
                    entityId,
                    folded.type(),
                    asOf,
                    last.version(),
                    last.eventType(),
                    last.occurredAt(),
                    JSON.writeValueAsString(folded.state()),
                    steps));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
