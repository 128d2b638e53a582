package org.gsef.governance.command.authorization;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every command against {@link CommandPermissions} before its handler runs, whatever way it arrived: the
 * command side trusts the actor in the metadata, never the URL it came through.
 */
public class CommandAuthorization implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CommandAuthorization.class);

    public CommandAuthorization() {}

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        authorise(ActorMetaData.read(command.getMetaData()), command.getPayloadType());
        return chain.proceed();
    }

    /**
     * Refuses {@code actor} a command of this type unless one of its roles may send it. The command bus checks every
     * command here; an endpoint that must touch data before it sends a command (seal personal data, say) checks here
     * first, so that a refused request leaves nothing behind.
     */
    public static void authorise(Actor actor, Class<?> commandType) {
        String name = commandType.getSimpleName();
        if (actor == null) {
            log.warn("Refused {}: no actor", name);
            throw new RuleViolation(Refusal.NO_ACTOR, name + " names no actor");
        }
        if (!actor.hasAny(CommandPermissions.allowed(commandType))) {
            log.warn("Refused {} to {} with roles {}", name, actor.userId(), actor.roles());
            throw new RuleViolation(Refusal.ROLE, actor.userId() + " may not send " + name);
        }
    }
}
