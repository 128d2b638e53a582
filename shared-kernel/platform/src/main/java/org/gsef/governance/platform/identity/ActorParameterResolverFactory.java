package org.gsef.governance.platform.identity;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.gsef.governance.kernel.identity.Actor;

/**
 * Lets a message handler declare an {@link Actor} parameter: the actor named in the message's metadata, or null when
 * there is none. Registered through {@code META-INF/services}, so test fixtures find it too.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!Actor.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                return ActorMetaData.read(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
