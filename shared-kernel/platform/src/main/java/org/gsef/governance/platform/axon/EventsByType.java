package org.gsef.governance.platform.axon;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** An event store that reads every event of one entity type in a single pass. */
public interface EventsByType {

    /**
     * Every event of the entities of {@code type} (an aggregate's type as the event store names it), grouped by entity
     * and each entity's in order, upcast and deserialized as {@code readEvents} gives them: one query, where reading
     * entity by entity is one query each (ten thousand members, ten thousand queries).
     */
    List<List<DomainEventMessage<?>>> eventsOfType(String type);
}
