package org.gsef.governance.command;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.gsef.governance.command.authorization.CommandAuthorization;
import org.gsef.governance.command.idempotency.Idempotency;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the command side's interceptors on the command bus, once each and in their order: authorise first, then
 * deduplicate. They are not Spring beans, since Axon would register interceptor beans on the bus a second time.
 */
@Component
class CommandBusInterceptors implements InitializingBean {

    private final CommandBus commandBus;
    private final CommandAuthorization authorization;
    private final Idempotency idempotency;

    CommandBusInterceptors(CommandBus commandBus, JdbcClient jdbc, Clock clock, DataSource dataSource)
            throws Exception {
        this.commandBus = commandBus;
        this.authorization = new CommandAuthorization();
        this.idempotency = new Idempotency(jdbc, clock, dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        commandBus.registerHandlerInterceptor(authorization);
        commandBus.registerHandlerInterceptor(idempotency);
    }
}
