package org.gsef.governance.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.gsef.governance.query.readmodel.ReadModelSchema;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The shadow schema a rebuild writes into: the same read-model tables as the live ones, made by the same migrations,
 * in a schema of their own on one dedicated connection, so that the live tables and the pool's other connections are
 * never touched. Closing it gives the connection back to the pool as it was.
 */
final class ShadowSchema implements AutoCloseable {

    static final String NAME = "gsef_shadow";
    /** The memory an index build may sort in (PostgreSQL's default is 64 MB). */
    private static final String INDEX_MEMORY = "256MB";

    private final Connection connection;
    private final String originalSchema;
    private final String shadow;
    private final SingleConnectionDataSource dataSource;
    private final boolean postgres;
    private final List<String> deferredIndexes = new ArrayList<>();
    private final List<String> unlogged = new ArrayList<>();

    private ShadowSchema(Connection connection) throws SQLException {
        this.connection = connection;
        this.originalSchema = connection.getSchema();
        this.postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        boolean upper = connection.getMetaData().storesUpperCaseIdentifiers();
        this.shadow = upper ? NAME.toUpperCase(Locale.ROOT) : NAME;
        this.dataSource = new SingleConnectionDataSource(connection, true);
    }

    /**
     * Drops whatever shadow there was and makes empty read-model tables in a new one. On PostgreSQL they are made for a
     * fast load, as its guide to populating a database says: unlogged, and without their secondary indexes, which
     * {@link #ready()} builds once the rows are in.
     */
    static ShadowSchema recreate(Connection connection, List<String> loaded) throws SQLException {
        ShadowSchema schema = new ShadowSchema(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema.shadow + " CASCADE");
        }
        schema.migrate();
        if (schema.postgres) {
            schema.prepareForLoad(loaded);
        }
        return schema;
    }

    /** Only the tables the rebuild loads are touched (others may reference each other by foreign keys). */
    private void prepareForLoad(List<String> loaded) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                SELECT i.relname, pg_get_indexdef(x.indexrelid), t.relname
                  FROM pg_index x
                  JOIN pg_class i ON i.oid = x.indexrelid
                  JOIN pg_class t ON t.oid = x.indrelid
                  JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = ? AND t.relname <> ?
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)""")) {
            statement.setString(1, shadow);
            statement.setString(2, ReadModelSchema.HISTORY_TABLE);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (loaded.contains(rows.getString(3))) {
                        indexes.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
        }
        List<String> tables = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "SELECT tablename FROM pg_tables WHERE schemaname = ? AND tablename <> ? ORDER BY tablename")) {
            statement.setString(1, shadow);
            statement.setString(2, ReadModelSchema.HISTORY_TABLE);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (loaded.contains(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] index : indexes) {
                statement.execute("DROP INDEX " + shadow + "." + index[0]);
                deferredIndexes.add(index[1]);
            }
            for (String table : tables) {
                statement.execute("ALTER TABLE " + shadow + "." + table + " SET UNLOGGED");
                unlogged.add(table);
            }
        }
    }

    /**
     * Makes the loaded shadow tables what the migrations made: their secondary indexes built, logged again and
     * analysed, so that the comparison reads them through their indexes and a promotion moves durable tables with their
     * statistics.
     */
    void ready() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Logged first: a table changing persistence is rewritten with every index it has, so indexes built
            // before would be built twice (measured on a million audit-trail rows: SET LOGGED 152 s with the
            // indexes, 3.8 s without). Building the word index (trigrams) sorts in memory what fits.
            for (String table : unlogged) {
                statement.execute("ALTER TABLE " + shadow + "." + table + " SET LOGGED");
            }
            if (!deferredIndexes.isEmpty()) {
                statement.execute("SET maintenance_work_mem = '" + INDEX_MEMORY + "'");
            }
            for (String index : deferredIndexes) {
                statement.execute(index);
            }
            if (!deferredIndexes.isEmpty()) {
                statement.execute("RESET maintenance_work_mem");
            }
            // Statistics, as PostgreSQL's guide to populating a database says: a table loaded whole has none until
            // autovacuum comes by, and until then its queries are planned blind (the comparison's, and once promoted
            // with its statistics, the dashboards': measured on a million events, every dashboard route waited
            // seconds in the minute after a promotion).
            for (String table : unlogged) {
                statement.execute("ANALYZE " + shadow + "." + table);
            }
        }
        deferredIndexes.clear();
        unlogged.clear();
    }

    /** The shadow as a previous rebuild left it. */
    static ShadowSchema existing(Connection connection) throws SQLException {
        ShadowSchema schema = new ShadowSchema(connection);
        schema.useShadow();
        return schema;
    }

    private void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(shadow)
                .defaultSchema(shadow)
                .createSchemas(true)
                .table(ReadModelSchema.HISTORY_TABLE)
                .locations("classpath:db/readmodel/common")
                .javaMigrations(ReadModelSchema.javaMigrations())
                .load()
                .migrate();
        useShadow();
    }

    /**
     * Unqualified names resolve to the shadow's tables first, then to the live schema's (the event store, which a
     * projection may read). Set in SQL, so {@link #close()} must and does undo it before the pool has it back.
     */
    private void useShadow() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SET search_path TO " + shadow + ", " + originalSchema);
            } else {
                statement.execute("SET SCHEMA " + shadow);
                statement.execute("SET SCHEMA_SEARCH_PATH " + originalSchema);
            }
        }
    }

    /** The connection, its unqualified names resolving to the shadow tables. */
    SingleConnectionDataSource dataSource() {
        return dataSource;
    }

    Rebuilds.TableComparison compare(String table) throws SQLException {
        String live = originalSchema + "." + table;
        String copy = shadow + "." + table;
        return new Rebuilds.TableComparison(
                table,
                count("SELECT count(*) FROM " + live),
                count("SELECT count(*) FROM " + copy),
                count("SELECT count(*) FROM (SELECT * FROM " + live + " EXCEPT SELECT * FROM " + copy + ") d"),
                count("SELECT count(*) FROM (SELECT * FROM " + copy + " EXCEPT SELECT * FROM " + live + ") d"),
                examples("SELECT * FROM " + live + " EXCEPT SELECT * FROM " + copy),
                examples("SELECT * FROM " + copy + " EXCEPT SELECT * FROM " + live));
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column (the key) of up to five rows. */
    private List<String> examples(String sql) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next() && keys.size() < 5) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("SET search_path TO DEFAULT");
                } else {
                    statement.execute("SET SCHEMA " + originalSchema);
                    statement.execute("SET SCHEMA_SEARCH_PATH " + originalSchema);
                }
            }
        } finally {
            connection.close();
        }
    }
}
