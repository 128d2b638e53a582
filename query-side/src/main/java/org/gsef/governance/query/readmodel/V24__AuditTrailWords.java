package org.gsef.governance.query.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Read-model migration V24: the trail's words filter searches a column of the content's words ({@link ContentWords}:
 * texts and numbers, without field names, identifiers, instants or ciphertexts) instead of the whole content (issue
 * #21). The trigram index {@code audit_trail_words} of V17, over the whole lower-cased content, is replaced by one over
 * the words: its upkeep wrote some 10 KB of write-ahead log an event, 60% of all the log a command caused, and each
 * command's durable commit waited for it to reach the disk. The events already on the trail get their words here,
 * through the same rule as the projection, before the index is built.
 */
public class V24__AuditTrailWords extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE audit_trail ADD COLUMN words VARCHAR(1000000)");
            if (postgres) {
                sql.execute("DROP INDEX IF EXISTS " + V17__AuditTrailWordsIndex.INDEX);
            }
            fill(connection);
            String schema = postgres ? V17__AuditTrailWordsIndex.extensionSchema(sql) : null;
            if (schema != null) {
                sql.execute("CREATE INDEX " + V17__AuditTrailWordsIndex.INDEX + " ON audit_trail USING gin (words \""
                        + schema.replace("\"", "\"\"") + "\".gin_trgm_ops)");
            }
        }
    }

    /** The words of every event on the trail, a batch at a time in the order of the store. */
    private static void fill(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT global_index, content FROM audit_trail"
                        + " WHERE global_index > ? ORDER BY global_index FETCH FIRST " + BATCH + " ROWS ONLY");
                PreparedStatement write =
                        connection.prepareStatement("UPDATE audit_trail SET words = ? WHERE global_index = ?")) {
            long after = Long.MIN_VALUE;
            int count;
            do {
                read.setLong(1, after);
                count = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        write.setString(1, ContentWords.of(rows.getString(2)));
                        write.setLong(2, after);
                        write.addBatch();
                        count++;
                    }
                }
                if (count > 0) {
                    write.executeBatch();
                }
            } while (count == BATCH);
        }
    }
}
