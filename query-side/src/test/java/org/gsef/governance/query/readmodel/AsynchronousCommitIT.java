package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, a read-model processor's transaction commits without waiting for the disk, and still commits what it
 * wrote; a savepoint rolled back inside it does not undo that; every other transaction (the command side's appends)
 * stays synchronous.
 */
class AsynchronousCommitIT {

    private final PostgresTestDatabase database = PostgresTestDatabase.create();
    private final DriverManagerDataSource dataSource = database.dataSource();
    private final DataSourceTransactionManager spring = new DataSourceTransactionManager(dataSource);
    private final TransactionManager plain = new SpringTransactionManager(spring);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @Test
    void a_processor_transaction_commits_asynchronously_and_an_append_durably() {
        jdbc.execute("CREATE TABLE projected (id INT PRIMARY KEY)");
        TransactionManager processors = new AsynchronousCommit(plain, dataSource);

        Transaction batch = processors.startTransaction();
        assertThat(synchronousCommit()).isEqualTo("off");
        jdbc.update("INSERT INTO projected VALUES (1)");
        TransactionTemplate savepoint = new TransactionTemplate(spring);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        savepoint.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO projected VALUES (2)");
            status.setRollbackOnly();
        });
        assertThat(synchronousCommit()).isEqualTo("off");
        batch.commit();

        assertThat(jdbc.queryForList("SELECT id FROM projected", Integer.class)).containsExactly(1);
        Transaction append = plain.startTransaction();
        assertThat(synchronousCommit()).isEqualTo("on");
        append.commit();
        assertThat(synchronousCommit()).isEqualTo("on");
    }

    private String synchronousCommit() {
        return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }
}
