package org.gsef.governance.query.readmodel;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The read-model tables, migrated by Flyway with a history table of their own, so the command side (which does not
 * have these migrations) and the query side can share one database and each validate only what it owns.
 */
@Component
public class ReadModelSchema implements InitializingBean {

    public static final String HISTORY_TABLE = "read_model_schema_history";

    private final DataSource dataSource;

    public ReadModelSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/readmodel/common")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
