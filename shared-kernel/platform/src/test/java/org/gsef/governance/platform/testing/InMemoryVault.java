package org.gsef.governance.platform.testing;

import java.time.Clock;
import java.util.UUID;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The real personal data vault over an in-memory H2 table, for fixture tests; close it to drop the database. */
public final class InMemoryVault implements AutoCloseable {

    private final SingleConnectionDataSource keys;
    private final PersonalDataVault vault;

    public InMemoryVault(Clock clock) {
        keys = new SingleConnectionDataSource("jdbc:h2:mem:vault-" + UUID.randomUUID(), true);
        JdbcClient jdbc = JdbcClient.create(keys);
        jdbc.sql("CREATE TABLE personal_data_key (subject_id UUID PRIMARY KEY, secret VARBINARY,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL, erased_at TIMESTAMP WITH TIME ZONE)")
                .update();
        vault = new PersonalDataVault(jdbc, clock);
    }

    public PersonalDataVault vault() {
        return vault;
    }

    @Override
    public void close() {
        keys.destroy();
    }
}
