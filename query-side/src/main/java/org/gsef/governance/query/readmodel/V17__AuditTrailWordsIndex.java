package org.gsef.governance.query.readmodel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-model migration V17: an index for the trail's words filter ({@code LOWER(content) LIKE '%words%'}, issue #17),
 * which otherwise reads every event. On PostgreSQL, a GIN index of the lower-cased content's trigrams (the extension
 * {@code pg_trgm}, created when it is not there yet), which answers a LIKE with a leading wildcard; the planner uses it
 * when the words are rare enough to pay. On H2 there is no such index: the filter scans, as it did. A PostgreSQL
 * without {@code pg_trgm} (or a role that may not create it) gets no index either, and says so in the log. Named as
 * Flyway names migrations, which gives it its version.
 */
public class V17__AuditTrailWordsIndex extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V17__AuditTrailWordsIndex.class);

    /** The index's name, as EXPLAIN shows it. */
    public static final String INDEX = "audit_trail_words";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            if (!trigramsAvailable(sql)) {
                log.warn("pg_trgm is not available: the audit trail's words filter reads every event");
                return;
            }
            String schema = extensionSchema(sql);
            if (schema == null) {
                // In the database's public schema when there is one, so that a rebuild's shadow schema, dropped
                // with all it holds, never takes the extension (and the live index) with it.
                Savepoint before = connection.setSavepoint();
                try {
                    String target = schemaExists(sql, "public") ? "public" : currentSchema(sql);
                    sql.execute(
                            "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA \"" + target.replace("\"", "\"\"") + "\"");
                } catch (SQLException refused) {
                    connection.rollback(before);
                    log.warn(
                            "pg_trgm could not be created ({}): the audit trail's words filter reads every event",
                            refused.getMessage());
                    return;
                }
                schema = extensionSchema(sql);
            }
            sql.execute("CREATE INDEX " + INDEX + " ON audit_trail USING gin (LOWER(content) \""
                    + schema.replace("\"", "\"\"") + "\".gin_trgm_ops)");
        }
    }

    /** The schema pg_trgm was created in; {@code null} when it was not. */
    static String extensionSchema(Statement sql) throws SQLException {
        try (ResultSet found = sql.executeQuery("SELECT n.nspname FROM pg_extension e"
                + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")) {
            return found.next() ? found.getString(1) : null;
        }
    }

    private static String currentSchema(Statement sql) throws SQLException {
        try (ResultSet found = sql.executeQuery("SELECT current_schema()")) {
            found.next();
            return found.getString(1);
        }
    }

    private static boolean schemaExists(Statement sql, String name) throws SQLException {
        try (ResultSet found = sql.executeQuery("SELECT 1 FROM pg_namespace WHERE nspname = '" + name + "'")) {
            return found.next();
        }
    }

    private static boolean trigramsAvailable(Statement sql) throws SQLException {
        try (ResultSet found = sql.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")) {
            return found.next();
        }
    }
}
