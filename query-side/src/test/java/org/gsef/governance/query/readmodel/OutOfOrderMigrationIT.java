package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database whose read models were migrated before issue #16's reserved migrations V10 and V11 arrived (main went on
 * to V12 to V15 meanwhile) applies them when the query side starts, instead of refusing to start.
 */
class OutOfOrderMigrationIT {

    @Test
    void reserved_lower_migrations_arriving_later_are_applied(@TempDir Path earlier) throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        Path source = Path.of("src/main/resources/db/readmodel/common");
        try (Stream<Path> migrations = Files.list(source)) {
            for (Path migration : migrations.toList()) {
                String name = migration.getFileName().toString();
                if (!name.startsWith("V10__") && !name.startsWith("V11__")) {
                    Files.copy(migration, earlier.resolve(name));
                }
            }
        }
        DriverManagerDataSource dataSource = database.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .table(ReadModelSchema.HISTORY_TABLE)
                .locations("filesystem:" + earlier)
                .load()
                .migrate();

        new ReadModelSchema(dataSource).afterPropertiesSet();

        try (Connection connection = database.connect();
                Statement sql = connection.createStatement();
                ResultSet applied = sql.executeQuery("SELECT count(*) FROM " + ReadModelSchema.HISTORY_TABLE
                        + " WHERE version IN ('10', '11') AND success")) {
            applied.next();
            assertThat(applied.getInt(1)).isEqualTo(2);
        }
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("SELECT count(*) FROM member_opening_balance_view");
            sql.execute("SELECT count(*) FROM translation_view");
            sql.execute("SELECT participants FROM meeting_view");
        }
    }
}
