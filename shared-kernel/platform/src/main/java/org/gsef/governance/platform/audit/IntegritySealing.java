package org.gsef.governance.platform.audit;

import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Seals every domain event as it is published, before the event store writes it. */
@Component
class IntegritySealing implements InitializingBean {

    private final EventStore eventStore;
    private final EventIntegrity integrity;

    IntegritySealing(EventStore eventStore, EventIntegrity integrity) {
        this.eventStore = eventStore;
        this.integrity = integrity;
    }

    @Override
    public void afterPropertiesSet() {
        MessageDispatchInterceptor<EventMessage<?>> seal =
                messages -> (index, message) -> message instanceof DomainEventMessage<?> event
                        ? event.andMetaData(Map.of(EventIntegrity.METADATA_KEY, integrity.seal(event)))
                        : message;
        eventStore.registerDispatchInterceptor(seal);
    }
}
