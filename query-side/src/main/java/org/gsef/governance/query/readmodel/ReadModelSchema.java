package org.gsef.governance.query.readmodel;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The read-model tables, migrated by Flyway with a history table of their own, so the command side (which does not
 * have these migrations) and the query side can share one database and each validate only what it owns. A migration
 * whose number is lower than the last one applied is applied too: read-model migrations own separate tables and
 * columns, and numbers are reserved for work that lands later.
 */
@Component
public class ReadModelSchema implements InitializingBean {

    public static final String HISTORY_TABLE = "read_model_schema_history";

    private final DataSource dataSource;

    public ReadModelSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The migrations written in Java, beside the SQL ones of {@code db/readmodel/common}. */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new V17__AuditTrailWordsIndex(), new V24__AuditTrailWords()};
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/readmodel/common")
                .javaMigrations(javaMigrations())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Migration numbers are handed out to pieces of work ahead of time, so a lower one can arrive after a
                // higher one was applied (issue #16's V10 and V11 after V12 to V15): it is applied then, not refused.
                .outOfOrder(true)
                .load()
                .migrate();
    }
}
