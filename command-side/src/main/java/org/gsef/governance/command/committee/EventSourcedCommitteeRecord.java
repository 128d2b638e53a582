package org.gsef.governance.command.committee;

import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Reads the Committee from its events on every call, bypassing the aggregate cache: a cached Committee is corrected
 * only when a change of it collides, and a vote or an opening reads it without changing it. Without a lock, since it
 * only reads; the Committee has a few dozen events.
 */
@Component
class EventSourcedCommitteeRecord implements CommitteeRecord {

    private final Configuration axon;
    private volatile EventSourcingRepository<Committee> repository;

    EventSourcedCommitteeRecord(Configuration axon) {
        this.axon = axon;
    }

    /** Built on first use, with the handler resolvers of Axon's configuration (Spring beans as parameters). */
    private EventSourcingRepository<Committee> repository() {
        if (repository == null) {
            repository = EventSourcingRepository.builder(Committee.class)
                    .eventStore(axon.eventStore())
                    .parameterResolverFactory(axon.parameterResolverFactory())
                    .handlerDefinition(axon.handlerDefinition(Committee.class))
                    .lockFactory(NullLockFactory.INSTANCE)
                    .build();
        }
        return repository;
    }

    @Override
    public Committee current() {
        try {
            return repository().load(CommitteeCommand.STEERING_COMMITTEE).invoke(committee -> committee);
        } catch (AggregateNotFoundException none) {
            throw new RuleViolation(Refusal.NO_COMMITTEE, "the Steering Committee has no seats yet");
        }
    }
}
