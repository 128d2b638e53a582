package org.gsef.governance.query.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read models' processors' transactions, committed without waiting for the write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit = off} on PostgreSQL). A batch's rows and its processor's token are written in
 * the same transaction, so a commit that a crash of the database loses loses both together: the processor reads the
 * token as it was before and handles the batch again, and the rows come back as they were. Only the outermost
 * transaction is told (a savepoint rolled back would take a {@code SET LOCAL} made inside it back too); the command
 * side's appends use the plain manager and stay durable. On another database it changes nothing.
 */
public final class AsynchronousCommit implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public AsynchronousCommit(TransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    @Override
    public Transaction startTransaction() {
        boolean outermost = !TransactionSynchronizationManager.isActualTransactionActive();
        Transaction transaction = transactions.startTransaction();
        if (postgres && outermost) {
            jdbc.execute("SET LOCAL synchronous_commit = off");
        }
        return transaction;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the database cannot be reached", unreachable);
        }
    }
}
