package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.boot.PrivateFiles;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.platform.testing.Sealing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keys that seal personal data are kept apart from the data, on PostgreSQL (issue #15: a copy of the database
 * decrypted every contact offline, and an erased key stayed readable in the database). The database holds each
 * person's key wrapped under a key-encryption key (KEK) kept in a file outside it: nothing the database holds opens a
 * sealed contact; erasure deletes the wrapped key; a rotation re-wraps every key so that the old KEK can be
 * destroyed; a missing or wrong KEK stops the start; keys stored in plain form by earlier versions are wrapped on
 * start.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataKeysIT {

    @Test
    void the_database_alone_opens_no_contact_and_an_erased_key_is_deleted_and_vacuumed() throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try (RunningApplication run = start(database)) {
            Api secretariat = run.api().as("secretariat");
            String kept = Governance.submitted(secretariat, application("Ville de Rabat", "Rabat", "Sam Example"));
            String erased = Governance.submitted(secretariat, application("Ville de Fès", "Fès", "Noor Example"));

            for (String application : List.of(kept, erased)) {
                SealedPersonalData contact = sealedContact(database, application);
                List<byte[]> stored = storedBytes(database, contact.subjectId());
                assertThat(stored).as("the key row of the contact").isNotEmpty();
                for (byte[] bytes : stored) {
                    assertThat(Sealing.opensWithAnyPartOf(bytes, contact))
                            .as("what the database holds opens the contact of " + application)
                            .isFalse();
                }
            }

            UUID erasedSubject = sealedContact(database, erased).subjectId();
            Governance.expect(
                    202,
                    secretariat.post(
                            Applications.PATH + "/" + erased + "/contact/erasure", "{\"reason\": \"request\"}"));
            JsonNode after = Eventually.await(
                            () -> secretariat.get(Applications.PATH + "/" + erased),
                            r -> r.status() == 200
                                    && r.json().get("contact").get("erased").asBoolean())
                    .json();
            assertThat(after.toString()).doesNotContain("Noor Example");
            assertThat(count(database, "SELECT count(*) FROM personal_data_key WHERE subject_id = ?", erasedSubject))
                    .as("the wrapped key's row is gone")
                    .isZero();
            assertThat(count(
                            database, "SELECT count(*) FROM personal_data_erasure WHERE subject_id = ?", erasedSubject))
                    .as("the erasure is on record")
                    .isOne();
            Eventually.await(
                    () -> count(
                            database,
                            "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'personal_data_key'"),
                    vacuums -> vacuums > 0);
            assertThat(secretariat
                            .get(Applications.PATH + "/" + kept)
                            .json()
                            .get("contact")
                            .get("email")
                            .asString())
                    .isEqualTo("sam.example@example.org");
        }
    }

    @Test
    void a_rotation_rewraps_every_key_the_old_kek_is_then_destroyed_and_a_missing_or_wrong_kek_stops_the_start(
            CapturedOutput output) throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        Path oldKek = database.dataDir().resolve("personal-data.kek");
        String kept;
        String erased;
        try (RunningApplication run = start(database)) {
            Api secretariat = run.api().as("secretariat");
            kept = Governance.submitted(secretariat, application("Ville de Tanger", "Tanger", "Ada Example"));
            erased = Governance.submitted(secretariat, application("Ville d'Agadir", "Agadir", "Eve Example"));
            Governance.expect(
                    202,
                    secretariat.post(
                            Applications.PATH + "/" + erased + "/contact/erasure", "{\"reason\": \"request\"}"));
        }
        assertThat(Files.exists(oldKek))
                .as("created on the first start, beside the other keys")
                .isTrue();
        List<String> before = kekIds(database);
        assertThat(before).hasSize(1);

        Path newKek = database.dataDir().resolve("personal-data-2027.kek");
        newKek(newKek);
        try (RunningApplication run =
                start(database, "--gsef.privacy.kek-file=" + newKek, "--gsef.privacy.previous-kek-files=" + oldKek)) {
            assertThat(run.api().get("/actuator/health").status()).isEqualTo(200);
        }
        List<String> rotated = kekIds(database);
        assertThat(rotated)
                .as("every key re-wrapped under the new KEK")
                .hasSize(1)
                .doesNotContainAnyElementsOf(before);

        Files.delete(oldKek);
        try (RunningApplication run = start(database, "--gsef.privacy.kek-file=" + newKek)) {
            Api secretariat = run.api().as("secretariat");
            JsonNode contact = Eventually.await(
                            () -> secretariat.get(Applications.PATH + "/" + kept), r -> r.status() == 200)
                    .json()
                    .get("contact");
            assertThat(contact.get("email").asString()).isEqualTo("ada.example@example.org");
            JsonNode gone =
                    secretariat.get(Applications.PATH + "/" + erased).json().get("contact");
            assertThat(gone.get("erased").asBoolean()).as("erased stays erased").isTrue();
            assertThat(gone.toString()).doesNotContain("Eve Example");
        }

        long keys = count(database, "SELECT count(*) FROM personal_data_key");
        Path missing = database.dataDir().resolve("lost.kek");
        assertThatThrownBy(() -> start(database, "--gsef.privacy.kek-file=" + missing))
                .rootCause()
                .hasMessageContaining("key-encryption key file " + missing + " is missing")
                .hasMessageContaining("A new key is not created");
        assertThat(Files.exists(missing))
                .as("no new KEK in place of the missing one")
                .isFalse();

        Path wrong = database.dataDir().resolve("wrong.kek");
        newKek(wrong);
        assertThatThrownBy(() -> start(database, "--gsef.privacy.kek-file=" + wrong))
                .rootCause()
                .hasMessageContaining("wrapped under key-encryption key(s) " + rotated)
                .hasMessageContaining("which this process does not hold");
        assertThat(kekIds(database)).isEqualTo(rotated);
        assertThat(count(database, "SELECT count(*) FROM personal_data_key")).isEqualTo(keys);
    }

    @Test
    void keys_stored_in_plain_form_by_an_earlier_version_are_wrapped_on_start() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try (Connection connection = database.connect()) {
            // the schema as the last version before wrapped keys left it
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(connection, true))
                    .locations("classpath:db/migration/postgresql")
                    .target("7")
                    .load()
                    .migrate();
        }
        UUID subject = UUID.randomUUID();
        byte[] plain = new byte[32];
        new SecureRandom().nextBytes(plain);
        SealedPersonalData sealed = Sealing.sealedWith(plain, subject, "Lina Example\nlina@example.org");
        UUID erased = UUID.randomUUID();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO personal_data_key (subject_id, secret, created_at, erased_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, subject);
            insert.setBytes(2, plain);
            insert.setObject(3, OffsetDateTime.now());
            insert.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
            insert.setObject(1, erased);
            insert.setNull(2, Types.BINARY);
            insert.setObject(3, OffsetDateTime.now());
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }

        try (RunningApplication run = start(database)) {
            PersonalDataVault vault = run.bean(PersonalDataVault.class);
            assertThat(vault.unseal(sealed)).contains("Lina Example\nlina@example.org");
            assertThatThrownBy(() -> vault.seal(erased, "again")).hasMessageContaining("was erased");
        }
        assertThat(kekIds(database)).hasSize(1).doesNotContainNull();
        List<byte[]> stored = storedBytes(database, subject);
        assertThat(stored).isNotEmpty();
        for (byte[] bytes : stored) {
            assertThat(Sealing.opensWithAnyPartOf(bytes, sealed))
                    .as("the plain key was wrapped")
                    .isFalse();
        }
        assertThat(count(database, "SELECT count(*) FROM personal_data_erasure WHERE subject_id = ?", erased))
                .isOne();
    }

    private static RunningApplication start(PostgresTestDatabase database, String... more) {
        List<String> arguments = new ArrayList<>(List.of(database.arguments()));
        arguments.addAll(List.of(more));
        return RunningApplication.start(GsefGovernance.class, "personal-data-keys", arguments.toArray(String[]::new));
    }

    private static String application(String organisation, String city, String contact) {
        String email = contact.toLowerCase().replace(' ', '.') + "@example.org";
        return """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "MA", "region": "AFRICA",
                 "city": "%s", "preferredLanguage": "FRENCH", "contact": {"name": "%s", "email": "%s"}}""".formatted(organisation, city, contact, email);
    }

    /** The sealed contact of an application, as its first event in the store holds it. */
    private static SealedPersonalData sealedContact(PostgresTestDatabase database, String application)
            throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, application);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("the application's first event").isTrue();
                JsonNode sealed = JsonMapper.shared().readTree(rows.getBytes(1)).findParent("ciphertext");
                return new SealedPersonalData(
                        UUID.fromString(sealed.get("subjectId").asString()),
                        sealed.get("ciphertext").asString());
            }
        }
    }

    /** Every binary value of the person's row in the key table, whatever its columns are called. */
    private static List<byte[]> storedBytes(PostgresTestDatabase database, UUID subject) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT * FROM personal_data_key WHERE subject_id = ?")) {
            select.setObject(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        if (columns.getColumnType(column) == Types.BINARY && rows.getBytes(column) != null) {
                            values.add(rows.getBytes(column));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static List<String> kekIds(PostgresTestDatabase database) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT DISTINCT kek_id FROM personal_data_key ORDER BY kek_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(PostgresTestDatabase database, String sql, Object... parameters) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void newKek(Path file) throws java.io.IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PrivateFiles.createSecret(file, Base64.getEncoder().encodeToString(key));
    }
}
