package org.gsef.governance.query.history;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * The live {@code entity-states} processor takes only the events a state is kept after (one in {@link
 * EntityTimeTravel.Memos#EVERY} of an entity's): its event handler says it cannot handle the others, so the processor
 * passes over them without a unit of work, a handler call or a dead-letter lookup each. Under a load of commands this
 * took the commits per command from 5.15 to 4.71 (2026-12-03, PostgreSQL's {@code pg_stat_database}). Its reset handler
 * is left as it is. Axon's Spring support applies every {@link HandlerEnhancerDefinition} bean to every handler.
 */
@Component
public class KeptStatesOnly implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!EntityStateProjection.class.equals(original.declaringClass())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public boolean canHandle(Message<?> message) {
                return super.canHandle(message)
                        && message instanceof EventMessage<?> event
                        && EntityStateProjection.keepsStateAfter(event);
            }
        };
    }
}
