package org.gsef.governance.platform.monitoring;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.slf4j.MDC;

/**
 * Puts the correlation id of the message being handled (and the message's own id) in the logging context, so that
 * what an event processor logs can be traced back to the request that caused it, as the request's own lines can.
 */
public class CorrelationLogging implements MessageHandlerInterceptor<Message<?>> {

    public static final String MESSAGE_ID = "messageId";

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Object correlation = message.getMetaData().get(ActorMetaData.CORRELATION_ID);
        String previous = MDC.get(ActorMetaData.CORRELATION_ID);
        if (correlation != null) {
            MDC.put(ActorMetaData.CORRELATION_ID, correlation.toString());
        }
        MDC.put(MESSAGE_ID, message.getIdentifier());
        try {
            return chain.proceed();
        } finally {
            MDC.remove(MESSAGE_ID);
            if (previous != null) {
                MDC.put(ActorMetaData.CORRELATION_ID, previous);
            } else {
                MDC.remove(ActorMetaData.CORRELATION_ID);
            }
        }
    }
}
