package org.gsef.governance.command.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times every command from the moment the command bus hands it over until its unit of work has committed or rolled
 * back, by command and outcome: {@code gsef_command_handling_seconds{command, outcome, exception}}, where the outcome
 * is {@code success} (its events are stored) or {@code failure} (nothing is), and the exception names why it failed
 * (a rule, access, a concurrent change, the database). Not a Spring bean: Axon would register it on the bus twice.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Duration[] BUCKETS = {
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(20),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500)
    };

    private final MeterRegistry metrics;

    /**
     * The timers already registered, by command, outcome and exception: building one (its tags, its buckets) and
     * looking it up in the registry at every command showed in the command load's profile.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    public CommandMetrics(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(metrics);
        unitOfWork.afterCommit(done -> sample.stop(timer(command, "success", "none")));
        unitOfWork.onRollback(failed -> sample.stop(timer(
                command,
                "failure",
                failed.getExecutionResult().isExceptionResult()
                        ? failed.getExecutionResult()
                                .getExceptionResult()
                                .getClass()
                                .getSimpleName()
                        : "unknown")));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome, String exception) {
        return timers.computeIfAbsent(
                new TimerKey(command, outcome, exception),
                key -> Timer.builder("gsef.command.handling")
                        .description("time from a command's arrival on the bus to its commit or rollback")
                        .tags("command", key.command(), "outcome", key.outcome(), "exception", key.exception())
                        .serviceLevelObjectives(BUCKETS)
                        .register(metrics));
    }

    private record TimerKey(String command, String outcome, String exception) {}
}
