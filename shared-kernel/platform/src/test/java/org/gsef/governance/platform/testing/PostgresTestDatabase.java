package org.gsef.governance.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh PostgreSQL databases for integration tests: each one is created on the server named by the system property
 * {@code gsef.test.db.url} (an administrative database such as {@code postgres}) and dropped when the JVM exits. A
 * test fails, never skips, when the server does not answer: run {@code ops/test}, which starts one.
 */
public final class PostgresTestDatabase {

    private static final String SERVER_URL =
            System.getProperty("gsef.test.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getProperty("gsef.test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("gsef.test.db.password", "");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropAll, "drop-test-databases"));
    }

    private final String name;
    private final String url;
    private final Path dataDir;

    private PostgresTestDatabase(String name) {
        this.name = name;
        this.url = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
        try {
            this.dataDir = Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty database with a unique name. */
    public static PostgresTestDatabase create() {
        String name = "gsef_it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        return new PostgresTestDatabase(name);
    }

    public String url() {
        return url;
    }

    public String name() {
        return name;
    }

    /** The data folder the application started on this database uses (it holds the token signing key). */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The properties that point a Spring context at this database, with a data folder of its own (for the token
     * signing key) and the demo accounts, served on loopback only, as the demo profile has them (a test context cannot
     * take a profile from a property source, so it takes the profile's two properties; the demo data stays off).
     */
    public Map<String, String> properties() {
        return properties(true);
    }

    /** The same properties as command-line arguments, for a Spring application started by hand. */
    public String[] arguments() {
        return arguments(true);
    }

    /** The arguments of {@link #arguments()}, without the demo accounts: configured accounts and tokens only. */
    public String[] argumentsWithoutDemoAccounts() {
        return arguments(false);
    }

    private String[] arguments(boolean demoAccounts) {
        return properties(demoAccounts).entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
    }

    private Map<String, String> properties(boolean demoAccounts) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("gsef.data-dir", dataDir.toString());
        if (demoAccounts) {
            properties.put("gsef.demo.accounts", "true");
            properties.put("server.address", "127.0.0.1");
        }
        // Connections as the test needs them, not a full pool per test context kept open.
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        return properties;
    }

    /**
     * An outage of this database alone: while refused, no new connection is accepted and the open ones are ended, as
     * when the server restarts; accepted again, the application's pool reconnects.
     */
    public void refuseConnections(boolean refused) {
        execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refused);
        if (refused) {
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** The database as a data source, a new connection each time (no pool). */
    public DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(url, USER, PASSWORD);
    }

    private static void dropAll() {
        for (String name : CREATED) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // ops/test drops whatever is left over
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + SERVER_URL + " as " + USER + " refused '" + sql + "': " + e.getMessage()
                            + ". Run the tests with ops/test, which starts PostgreSQL when it is not running.",
                    e);
        }
    }

    /** An event as the store holds it: its payload type, and its payload and metadata as text. */
    public record StoredEvent(String payloadType, String payload, String metaData) {}

    /** The events of an entity as the store holds them, in their order. */
    public List<StoredEvent> events(String aggregateId) {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT payload_type, convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8')"
                                + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            select.setString(1, aggregateId);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** How many events of the entity the store holds whose type matches the SQL pattern ({@code %VoteCast}). */
    public int countEvents(String aggregateId, String payloadTypePattern) {
        try (Connection connection = connect();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")) {
            count.setString(1, aggregateId);
            count.setString(2, payloadTypePattern);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
