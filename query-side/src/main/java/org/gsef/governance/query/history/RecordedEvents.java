package org.gsef.governance.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gsef.governance.platform.axon.EventsByType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events of an entity recorded up to an instant, read through the event store (upcasters included): what every
 * question about the past is computed from, never the read models.
 */
@Component
public class RecordedEvents {

    private final EventStorageEngine events;
    private final JdbcClient jdbc;

    public RecordedEvents(EventStorageEngine events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The entity's events recorded up to the instant, in order. */
    public List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf) {
        return eventsOf(entityId, asOf, 0);
    }

    /** The same, from the event with the given sequence number on. */
    public List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf, long firstSequence) {
        List<DomainEventMessage<?>> found = new ArrayList<>();
        DomainEventStream stream = events.readEvents(entityId, firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            found.add(event);
        }
        return found;
    }

    /**
     * The entity's events from one sequence number to another, both included: a range read, the store queried in
     * batches no further than the last one asked for.
     */
    public List<DomainEventMessage<?>> eventsOf(String entityId, long firstSequence, long lastSequence) {
        List<DomainEventMessage<?>> found = new ArrayList<>();
        DomainEventStream stream = events.readEvents(entityId, firstSequence);
        while (found.size() <= lastSequence - firstSequence && stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() > lastSequence) {
                break;
            }
            found.add(event);
        }
        return found;
    }

    /**
     * Every event of every entity of the type, grouped by entity and each entity's in order: in one query where the
     * store can ({@link EventsByType}), else entity by entity.
     */
    public List<List<DomainEventMessage<?>>> eventsOfType(String type) {
        if (events instanceof EventsByType store) {
            return store.eventsOfType(type);
        }
        return entitiesOfType(type).stream()
                .map(id -> eventsOf(id, Instant.MAX))
                .toList();
    }

    /** Every entity of the type (an aggregate's type as the event store names it). */
    public List<String> entitiesOfType(String type) {
        return jdbc.sql("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = :type")
                .param("type", type)
                .query(String.class)
                .list();
    }

    /**
     * How far the entities of the type are recorded: their events' count and the position of the latest. Any event of
     * the type recorded since, one committed late at a lower position included, changes it.
     */
    public List<Long> extentOfType(String type) {
        return jdbc.sql("SELECT count(*), COALESCE(MAX(global_index), 0) FROM domain_event_entry WHERE type = :type")
                .param("type", type)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
    }
}
