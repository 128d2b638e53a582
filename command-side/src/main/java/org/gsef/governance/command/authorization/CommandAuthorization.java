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
        Actor actor = ActorMetaData.read(command.getMetaData());
        String name = command.getPayloadType().getSimpleName();
        if (actor == null) {
            log.warn("Refused {}: no actor", name);
            throw new RuleViolation(Refusal.NO_ACTOR, name + " names no actor");
        }
        if (!actor.hasAny(CommandPermissions.allowed(command.getPayloadType()))) {
            log.warn("Refused {} to {} with roles {}", name, actor.userId(), actor.roles());
            throw new RuleViolation(Refusal.ROLE, actor.userId() + " may not send " + name);
        }
        return chain.proceed();
    }
}
