package org.gsef.governance.command;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.gsef.governance.command.authorization.CommandAuthorization;
import org.gsef.governance.command.idempotency.Idempotency;
import org.gsef.governance.command.monitoring.CommandMetrics;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the command side's interceptors on the command bus, once each and in their order: time (so that refusals
 * count too), authorise, then deduplicate. They are not Spring beans, since Axon would register interceptor beans on the bus a second time.
 */
@Component
class CommandBusInterceptors implements InitializingBean {

    private final CommandBus commandBus;
    private final CommandMetrics metrics;
    private final CommandAuthorization authorization;
    private final Idempotency idempotency;

    CommandBusInterceptors(
            CommandBus commandBus, JdbcClient jdbc, Clock clock, DataSource dataSource, MeterRegistry registry)
            throws Exception {
        this.commandBus = commandBus;
        this.metrics = new CommandMetrics(registry);
        this.authorization = new CommandAuthorization();
        this.idempotency = new Idempotency(jdbc, clock, dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        commandBus.registerHandlerInterceptor(metrics);
        commandBus.registerHandlerInterceptor(authorization);
        commandBus.registerHandlerInterceptor(idempotency);
    }
}
