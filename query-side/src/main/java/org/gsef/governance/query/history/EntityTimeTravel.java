package org.gsef.governance.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.springframework.stereotype.Component;

/**
 * Time travel for one entity: its state as of any instant, each event's fields laid over the previous ones, with its
 * steps, computed from the events recorded up to that instant.
 */
@Component
public class EntityTimeTravel {

    private static final ObjectMapper JSON = AxonPersistenceConfiguration.axonObjectMapper();

    private final RecordedEvents recorded;

    private final Memos memos = new Memos();

    /** An entity's state after one of its events: where a later question about it can start from. */
    private record Memo(String type, Step step, String state) {}

    /**
     * The states of long-lived entities after every {@link #EVERY}th event, as earlier questions folded them (a past
     * never changes, so they never go stale), for up to {@link #ENTITIES} entities, the least recently asked about
     * forgotten first. A question then folds at most {@code EVERY} events.
     */
    private static final class Memos {

        static final int EVERY = 500;
        static final int ENTITIES = 1_000;

        private final Map<String, NavigableMap<Long, Memo>> byEntity = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NavigableMap<Long, Memo>> eldest) {
                return size() > ENTITIES;
            }
        };

        synchronized Memo latest(String entityId, Instant asOf) {
            NavigableMap<Long, Memo> memos = byEntity.get(entityId);
            if (memos == null) {
                return null;
            }
            for (Memo memo : memos.descendingMap().values()) {
                if (!memo.step().occurredAt().isAfter(asOf)) {
                    return memo;
                }
            }
            return null;
        }

        synchronized void keep(String entityId, Memo memo) {
            byEntity.computeIfAbsent(entityId, id -> new TreeMap<>())
                    .put(memo.step().version(), memo);
        }
    }

    private static ObjectNode parsed(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public EntityTimeTravel(RecordedEvents recorded) {
        this.recorded = recorded;
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
