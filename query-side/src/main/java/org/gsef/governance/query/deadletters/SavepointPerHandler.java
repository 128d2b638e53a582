package org.gsef.governance.query.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.gsef.governance.query.catalogue.ReadModels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each read-model event handler inside a savepoint of the batch's transaction. A handler that fails leaves
 * nothing half-written, and on PostgreSQL, where a failed statement spoils the whole transaction, the batch can still
 * put the event in the dead-letter queue, apply the other events and move its token, all in one commit.
 */
@Component
public class SavepointPerHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    public SavepointPerHandler(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null
                || ReadModels.named(group.value()).isEmpty()
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return original.handle(message, target);
                        } catch (RuntimeException failure) {
                            throw failure;
                        } catch (Exception failure) {
                            throw new CheckedFailure(failure);
                        }
                    });
                } catch (CheckedFailure failure) {
                    throw (Exception) failure.getCause();
                }
            }
        };
    }

    /** Carries a handler's checked exception through the savepoint's rollback. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
