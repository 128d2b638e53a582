package org.gsef.governance.query.readmodel;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Reads and writes a fold's rows through the connection of the transaction in progress: a row loaded by its key, the
 * changed rows of a batch written by multi-row statements (PostgreSQL {@code INSERT ... ON CONFLICT ... DO UPDATE},
 * H2 {@code MERGE INTO ... KEY}), deletions as one JDBC batch; in a rebuild on PostgreSQL, rows new to a table by
 * {@code COPY ... FROM STDIN}. The columns of each table are read from the database
 * once, so a migration that adds a column needs no change here.
 */
final class FoldWriter {

    /** Bind parameters per statement, well under PostgreSQL's limit of 65,535. */
    private static final int PARAMETERS = 30_000;

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator;
    private final Map<String, Columns> columns = new ConcurrentHashMap<>();
    private volatile Boolean postgres;
    private volatile boolean copyNewRows;

    /** A table's columns, in the database's order, with their JDBC types. */
    record Columns(List<String> names, List<Integer> types, List<String> typeNames) {}

    FoldWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /** The stored row, its columns by lower-case name, or null when there is none. */
    Map<String, Object> load(FoldTable table, List<Object> key) {
        return withConnection(connection -> {
            Columns described = columns(connection, table);
            String sql = "SELECT " + String.join(", ", described.names()) + " FROM " + table.name() + " WHERE "
                    + table.key().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < key.size(); i++) {
                    statement.setObject(i + 1, key.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? read(rows, described) : null;
                }
            }
        });
    }

    void write(FoldTable table, List<FoldRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            Columns described = columns(connection, table);
            int perStatement =
                    Math.max(1, Math.min(1000, PARAMETERS / described.names().size()));
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<FoldRow> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                try (PreparedStatement statement =
                        connection.prepareStatement(upsert(connection, table, described, chunk.size()))) {
                    int parameter = 1;
                    for (FoldRow row : chunk) {
                        for (int c = 0; c < described.names().size(); c++) {
                            Object value = row.values.get(described.names().get(c));
                            if (value == null) {
                                statement.setNull(parameter++, described.types().get(c));
                            } else {
                                statement.setObject(parameter++, value);
                            }
                        }
                    }
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    /** From now on, rows new to a table are written by {@code COPY} on PostgreSQL (a rebuild's empty shadow tables). */
    void copyNewRows() {
        copyNewRows = true;
    }

    /** Rows the table has not had: by {@code COPY} in a rebuild on PostgreSQL, else as {@link #write}. */
    void insert(FoldTable table, List<FoldRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            if (!copyNewRows || !postgres(connection)) {
                write(table, rows);
                return null;
            }
            Columns described = columns(connection, table);
            StringBuilder text = new StringBuilder(rows.size() * 256);
            for (FoldRow row : rows) {
                for (int c = 0; c < described.names().size(); c++) {
                    if (c > 0) {
                        text.append('\t');
                    }
                    CopyText.append(text, row.values.get(described.names().get(c)));
                }
                text.append('\n');
            }
            try {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY " + table.name() + " (" + String.join(", ", described.names()) + ") FROM STDIN",
                                new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table.name() + " failed", e);
            }
            return null;
        });
    }

    void delete(FoldTable table, List<FoldRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(connection -> {
            String sql = "DELETE FROM " + table.name() + " WHERE "
                    + table.key().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (FoldRow row : rows) {
                    for (int i = 0; i < row.key.size(); i++) {
                        statement.setObject(i + 1, row.key.get(i));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    private String upsert(Connection connection, FoldTable table, Columns described, int rows) throws SQLException {
        String row = described.names().stream().map(name -> "?").collect(Collectors.joining(", ", "(", ")"));
        String values = String.join(", ", java.util.Collections.nCopies(rows, row));
        String names = String.join(", ", described.names());
        String key = String.join(", ", table.key());
        if (!postgres(connection)) {
            return "MERGE INTO " + table.name() + " (" + names + ") KEY (" + key + ") VALUES " + values;
        }
        List<String> updates = new ArrayList<>();
        for (String name : described.names()) {
            if (!table.key().contains(name)) {
                updates.add(name + " = EXCLUDED." + name);
            }
        }
        String conflict =
                table.appendOnly() || updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", updates);
        return "INSERT INTO " + table.name() + " (" + names + ") VALUES " + values + " ON CONFLICT (" + key + ") "
                + conflict;
    }

    boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            postgres = known;
        }
        return known;
    }

    Columns columns(Connection connection, FoldTable table) throws SQLException {
        Columns known = columns.get(table.name());
        if (known != null) {
            return known;
        }
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                types.add(meta.getColumnType(c));
                typeNames.add(meta.getColumnTypeName(c).toLowerCase(Locale.ROOT));
            }
        }
        Columns described = new Columns(List.copyOf(names), List.copyOf(types), List.copyOf(typeNames));
        columns.put(table.name(), described);
        return described;
    }

    /** A row as the projections write it: timestamps as {@link OffsetDateTime}, dates as {@link LocalDate}. */
    private static Map<String, Object> read(ResultSet rows, Columns described) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (int c = 0; c < described.names().size(); c++) {
            int type = described.types().get(c);
            String typeName = described.typeNames().get(c);
            Object value;
            if (type == Types.TIMESTAMP_WITH_TIMEZONE
                    || typeName.contains("timestamptz")
                    || typeName.contains("with time zone")) {
                value = rows.getObject(c + 1, OffsetDateTime.class);
            } else if (type == Types.DATE) {
                value = rows.getObject(c + 1, LocalDate.class);
            } else {
                value = rows.getObject(c + 1);
            }
            values.put(described.names().get(c), value);
        }
        return values;
    }

    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    <T> T withConnection(Work<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(connection);
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("fold", null, e);
            throw translated != null ? translated : new UncategorizedSQLException("fold", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
