package org.gsef.governance.query.deadletters;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.gsef.governance.query.catalogue.ReadModels;
import org.gsef.governance.query.readmodel.Folding;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each read-model event handler inside a savepoint of the batch's transaction. A handler that fails leaves
 * nothing half-written, and on PostgreSQL, where a failed statement spoils the whole transaction, the batch can still
 * put the event in the dead-letter queue, apply the other events and move its token, all in one commit.
 *
 * <p>The savepoint is taken on the transaction's JDBC connection itself: the one transaction manager is JPA's, which
 * offers no nested transactions with Hibernate. Outside a transaction (a rebuild's shadow tables have their own), the
 * handler runs as it is. Projections written as folds are isolated by their fold instead ({@code Fold}), which writes
 * once per batch.
 */
@Component
public class SavepointPerHandler implements HandlerEnhancerDefinition {

    private final DataSource dataSource;

    public SavepointPerHandler(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null
                || Folding.class.isAssignableFrom(original.declaringClass())
                || ReadModels.named(group.value()).isEmpty()
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()
                        || !TransactionSynchronizationManager.hasResource(dataSource)) {
                    return original.handle(message, target);
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    Savepoint savepoint = connection.setSavepoint();
                    Object result;
                    try {
                        result = original.handle(message, target);
                    } catch (Exception | Error failure) {
                        try {
                            connection.rollback(savepoint);
                        } catch (Exception rollback) {
                            failure.addSuppressed(rollback);
                        }
                        throw failure;
                    }
                    connection.releaseSavepoint(savepoint);
                    return result;
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        };
    }
}
