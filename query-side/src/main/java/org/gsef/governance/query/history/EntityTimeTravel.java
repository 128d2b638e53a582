package org.gsef.governance.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final RecordedEvents recorded;

    private final Memos memos;

    /** An entity's state after one of its events: where a later question about it can start from. */
    private record Memo(String type, Step step, String state) {}

    /**
     * The states of long-lived entities after every {@link #EVERY}th event, as earlier questions folded them (a past
     * never changes, so they never go stale). Kept in the database ({@code entity_state_memo}), so the first question
     * after a start finds them too, and in memory for up to {@link #ENTITIES} entities, the least recently asked about
     * forgotten first. A question then folds at most {@code EVERY} events. A state is kept with the names of the
     * upcasters it was folded under; one folded under others (an earlier release) is not used, and is replaced.
     */
    static final class Memos {

        static final int EVERY = 500;
        static final int ENTITIES = 1_000;

        private final JdbcClient jdbc;
        private final String basis = EventUpcasters.names();

        private final Map<String, NavigableMap<Long, Memo>> byEntity = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NavigableMap<Long, Memo>> eldest) {
                return size() > ENTITIES;
            }
        };

        Memos(JdbcClient jdbc) {
            this.jdbc = jdbc;
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

        void keep(String entityId, Memo memo) {
            NavigableMap<Long, Memo> memos = of(entityId);
            synchronized (memos) {
                if (memos.containsKey(memo.step().version())) {
                    return;
                }
                memos.put(memo.step().version(), memo);
            }
            try {
                jdbc.sql("DELETE FROM entity_state_memo WHERE entity_id = :entity AND version = :version")
                        .param("entity", entityId)
                        .param("version", memo.step().version())
                        .update();
                jdbc.sql("""
                                INSERT INTO entity_state_memo (entity_id, version, basis, entity_type, event_type,
                                                               occurred_at, state)
                                VALUES (:entity, :version, :basis, :type, :eventType, :at, :state)""")
                        .param("entity", entityId)
                        .param("version", memo.step().version())
                        .param("basis", basis)
                        .param("type", memo.type())
                        .param("eventType", memo.step().eventType())
                        .param("at", memo.step().occurredAt().atOffset(ZoneOffset.UTC))
                        .param("state", memo.state())
                        .update();
            } catch (DuplicateKeyException keptMeanwhile) {
                // another question about the same entity kept the same state at the same time
            }
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
            jdbc.sql("SELECT version, entity_type, event_type, occurred_at, state FROM entity_state_memo"
                            + " WHERE entity_id = :entity AND basis = :basis")
                    .param("entity", entityId)
                    .param("basis", basis)
                    .query((rs, n) -> new Memo(
                            rs.getString("entity_type"),
                            new Step(
                                    rs.getLong("version"),
                                    rs.getString("event_type"),
                                    rs.getObject("occurred_at", OffsetDateTime.class)
                                            .toInstant()),
                            rs.getString("state")))
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
        ObjectNode state = JSON.createObjectNode();
        List<Step> steps = withHistory ? new ArrayList<>() : null;
        String type = null;
        Step last = null;
        Memo from = withHistory ? null : memos.latest(entityId, asOf);
        if (from != null) {
            state = parsed(from.state());
            type = from.type();
            last = from.step();
        }
        for (DomainEventMessage<?> event : recorded.eventsOf(entityId, asOf, last == null ? 0 : last.version() + 1)) {
            type = event.getType();
            state.setAll((ObjectNode) JSON.valueToTree(event.getPayload()));
            last = new Step(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp());
            if (withHistory) {
                steps.add(last);
            }
            if ((last.version() + 1) % Memos.EVERY == 0) {
                memos.keep(entityId, new Memo(type, last, state.toString()));
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EntityState(
                    entityId,
                    type,
                    asOf,
                    last.version(),
                    last.eventType(),
                    last.occurredAt(),
                    JSON.writeValueAsString(state),
                    steps));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
