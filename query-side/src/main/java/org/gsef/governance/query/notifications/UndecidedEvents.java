package org.gsef.governance.query.notifications;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a poison event from stopping the notifications: each event is decided inside a savepoint of the processor's
 * transaction; when deciding fails, what it wrote is rolled back, the event and the error are recorded (table
 * {@code notification_failure}, {@code GET /api/notifications/failures}, gauge
 * {@code gsef_notifications_undecided_events}, counter {@code gsef_notifications_undecided_total}, alert
 * {@code GsefNotificationsUndecided}) and the processor goes on with the next event. The event tells no one; an
 * operator reads why and, once the cause is mended, may replay the processor (the outbox tells no one twice).
 */
@Component
public class UndecidedEvents {

    private static final Logger log = LoggerFactory.getLogger(UndecidedEvents.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final EntityManager entities;
    private final Clock clock;
    private final Counter undecided;

    public UndecidedEvents(
            JdbcClient jdbc, DataSource dataSource, EntityManager entities, Clock clock, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.entities = entities;
        this.clock = clock;
        this.undecided = Counter.builder("gsef.notifications.undecided")
                .description("Events the notifications processor failed to decide on, recorded and skipped")
                .register(metrics);
        Gauge.builder("gsef.notifications.undecided.events", this, UndecidedEvents::countOrZero)
                .description("Events recorded as undecided, waiting for an operator (GET /api/notifications/failures)")
                .register(metrics);
    }

    /** An event the processor could not decide on. */
    public record Failure(String eventId, String eventType, String error, OffsetDateTime failedAt) {}

    public List<Failure> failures() {
        return jdbc.sql("SELECT event_id, event_type, error, failed_at FROM notification_failure ORDER BY failed_at")
                .query((rs, row) -> new Failure(
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("error"),
                        rs.getObject("failed_at", OffsetDateTime.class)))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM notification_failure")
                .query(Long.class)
                .single();
    }

    private double countOrZero() {
        try {
            return count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The interceptor for the notifications processor alone. This class is deliberately not a
     * {@link MessageHandlerInterceptor} bean itself: Axon's Spring configuration would put such a bean in front of
     * every event processor, where it would swallow the failures the others must see (the organisation registry's
     * refusal of a second claim, the read models' dead letters).
     */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return this::handle;
    }

    private Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            return chain.proceed();
        }
        EventMessage<?> event = unitOfWork.getMessage();
        entities.flush();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            Object result;
            try {
                result = chain.proceed();
                entities.flush();
            } catch (Exception | LinkageError failure) {
                connection.rollback(savepoint);
                entities.clear();
                record(event, failure);
                return null;
            }
            connection.releaseSavepoint(savepoint);
            return result;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void record(EventMessage<?> event, Throwable failure) throws SQLException {
        String error = (failure.getClass().getName() + ": " + failure.getMessage());
        if (error.length() > 4000) {
            error = error.substring(0, 4000);
        }
        String type = event.getPayloadType().getName();
        log.error(
                "Notifications: could not decide on event {} ({}); recorded and skipped",
                event.getIdentifier(),
                type,
                failure);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM notification_failure WHERE event_id = :id")
                .param("id", event.getIdentifier())
                .update();
        jdbc.sql("INSERT INTO notification_failure (event_id, event_type, error, failed_at)"
                        + " VALUES (:id, :type, :error, :at)")
                .param("id", event.getIdentifier())
                .param("type", type)
                .param("error", error)
                .param("at", timestamp(now))
                .update();
        undecided.increment();
    }
}
