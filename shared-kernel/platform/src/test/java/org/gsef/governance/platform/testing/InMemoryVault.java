package org.gsef.governance.platform.testing;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.platform.privacy.PrivacyProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The real personal data vault over an in-memory H2 database migrated as the application migrates it, with a
 * key-encryption key of its own, for fixture tests; close it to drop the database.
 */
public final class InMemoryVault implements AutoCloseable {

    private final SingleConnectionDataSource keys;
    private final PersonalDataVault vault;

    public InMemoryVault(Clock clock) {
        keys = new SingleConnectionDataSource("jdbc:h2:mem:vault-" + UUID.randomUUID(), true);
        Flyway.configure()
                .dataSource(keys)
                .locations("classpath:db/migration/h2")
                .load()
                .migrate();
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        vault = new PersonalDataVault(
                JdbcClient.create(keys),
                keys,
                clock,
                new PrivacyProperties(null, Base64.getEncoder().encodeToString(kek), List.of(), List.of()));
        vault.afterPropertiesSet();
    }

    public PersonalDataVault vault() {
        return vault;
    }

    @Override
    public void close() {
        keys.destroy();
    }
}
