package org.gsef.governance.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command carries who sent it and the request it came from; every event inherits that, plus the command that
 * caused it. Axon's correlation data providers copy the metadata from a command to the events its handler applies.
 */
@Configuration(proxyBeanMethods = false)
public class CommandMetaDataConfiguration {

    /** Causation: the message that caused this one. Correlation: the request that started the whole chain. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(ActorMetaData.CAUSATION_ID, ActorMetaData.CORRELATION_ID);
    }

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(ActorMetaData.PROPAGATED.toArray(String[]::new));
    }

    @Bean
    public CorrelationDataProvider commandCorrelationDataProvider() {
        return message -> message instanceof CommandMessage<?> command
                ? Map.of(
                        ActorMetaData.COMMAND_NAME,
                        command.getPayloadType().getSimpleName(),
                        ActorMetaData.COMMAND_ID,
                        command.getIdentifier())
                : Map.of();
    }

    @Bean
    public InitializingBean commandActorRegistration(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new StampActor());
    }

    /**
     * Adds the authenticated actor and the request's correlation id to a command that does not name them already (a
     * command sent on someone's behalf, such as the demo loader's, names its actor itself).
     */
    static final class StampActor implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                MetaData added = MetaData.emptyInstance();
                if (!command.getMetaData().containsKey(ActorMetaData.USER_ID)) {
                    added = CurrentActor.get().map(ActorMetaData::of).orElse(added);
                }
                if (!command.getMetaData().containsKey(ActorMetaData.CORRELATION_ID)) {
                    String correlation = MDC.get(ActorMetaData.CORRELATION_ID);
                    added = added.and(
                            ActorMetaData.CORRELATION_ID,
                            correlation != null
                                    ? correlation
                                    : UUID.randomUUID().toString());
                }
                return added.isEmpty() ? command : command.andMetaData(added);
            };
        }
    }
}
