package org.gsef.governance.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.testing.Sealing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The personal-data keys are kept apart from the data (issue #15): the database holds each person's key wrapped under
 * a key-encryption key (KEK) kept in a file, so what the database holds decrypts nothing; erasure deletes the wrapped
 * key; a rotation re-wraps every key; a missing or wrong KEK stops the start; plain keys of earlier versions are
 * wrapped on start. Over the application's own H2 migrations.
 */
class PersonalDataVaultTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    SingleConnectionDataSource database;
    JdbcClient sql;

    @BeforeEach
    void database() {
        database = new SingleConnectionDataSource("jdbc:h2:mem:vault-" + UUID.randomUUID(), true);
        sql = JdbcClient.create(database);
    }

    @AfterEach
    void drop() {
        database.destroy();
    }

    @Test
    void what_the_database_holds_decrypts_nothing_it_sealed() {
        migrate(null);
        PersonalDataVault vault = vault(settings(folder.resolve("personal-data.kek")));
        UUID subject = UUID.randomUUID();
        SealedPersonalData sealed = vault.seal(subject, "Sam Example\nsam@example.org");

        assertThat(vault.unseal(sealed)).contains("Sam Example\nsam@example.org");
        List<byte[]> stored = sql.sql("SELECT wrapped_key FROM personal_data_key")
                .query((rs, n) -> rs.getBytes(1))
                .list();
        assertThat(stored).hasSize(1);
        assertThat(Sealing.opensWithAnyPartOf(stored.get(0), sealed)).isFalse();
        assertThat(Files.exists(folder.resolve("personal-data.kek"))).isTrue();
    }

    @Test
    void erasure_deletes_the_wrapped_key_and_records_the_erasure() {
        migrate(null);
        PersonalDataVault vault = vault(settings(folder.resolve("personal-data.kek")));
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        SealedPersonalData erasedData = vault.seal(erased, "erase me");
        SealedPersonalData keptData = vault.seal(kept, "keep me");

        assertThat(vault.erase(erased)).isTrue();

        assertThat(vault.unseal(erasedData)).isEmpty();
        assertThat(vault.unseal(keptData)).contains("keep me");
        assertThat(sql.sql("SELECT count(*) FROM personal_data_key WHERE subject_id = :id")
                        .param("id", erased)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(sql.sql("SELECT erased_at FROM personal_data_erasure WHERE subject_id = :id")
                        .param("id", erased)
                        .query(Object.class)
                        .optional())
                .isPresent();
        assertThat(vault.erase(erased)).as("erased once").isFalse();
        assertThatThrownBy(() -> vault.seal(erased, "again"))
                .as("no new key for an erased person")
                .hasMessageContaining("was erased");
    }

    @Test
    void a_rotation_rewraps_every_key_after_which_the_previous_kek_is_not_needed() throws IOException {
        migrate(null);
        Path old = folder.resolve("old.kek");
        PersonalDataVault before = vault(settings(old));
        SealedPersonalData first = before.seal(UUID.randomUUID(), "first");
        SealedPersonalData second = before.seal(UUID.randomUUID(), "second");
        UUID erased = UUID.randomUUID();
        SealedPersonalData gone = before.seal(erased, "gone");
        before.erase(erased);
        String oldId = kekIds().getFirst();

        Path next = folder.resolve("new.kek");
        KeyEncryptionKeys.create(next);
        vault(new PrivacyProperties(next, null, List.of(old.toString()), List.of()));
        List<String> rewrapped = kekIds();
        assertThat(rewrapped).hasSize(1).doesNotContain(oldId);

        Files.delete(old);
        PersonalDataVault after = vault(settings(next));
        assertThat(after.unseal(first)).contains("first");
        assertThat(after.unseal(second)).contains("second");
        assertThat(after.unseal(gone)).as("erased stays erased").isEmpty();
        assertThat(kekIds()).isEqualTo(rewrapped);
    }

    @Test
    void a_missing_kek_with_wrapped_keys_stops_the_start_and_no_new_kek_is_made() {
        migrate(null);
        vault(settings(folder.resolve("personal-data.kek"))).seal(UUID.randomUUID(), "someone");
        Path missing = folder.resolve("elsewhere.kek");

        assertThatThrownBy(() -> vault(settings(missing)))
                .isInstanceOf(KeyEncryptionKeyUnavailable.class)
                .hasMessageContaining("key-encryption key file " + missing + " is missing")
                .hasMessageContaining("A new key is not created");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void a_wrong_kek_with_wrapped_keys_stops_the_start() {
        migrate(null);
        vault(settings(folder.resolve("personal-data.kek"))).seal(UUID.randomUUID(), "someone");
        Path wrong = folder.resolve("wrong.kek");
        KeyEncryptionKeys.create(wrong);

        assertThatThrownBy(() -> vault(settings(wrong)))
                .isInstanceOf(KeyEncryptionKeyUnavailable.class)
                .hasMessageContaining("which this process does not hold")
                .hasMessageContaining(wrong.toString());
        byte[] tooShort = new byte[16];
        assertThatThrownBy(() -> vault(new PrivacyProperties(
                        null, Base64.getEncoder().encodeToString(tooShort), List.of(), List.of())))
                .hasMessageContaining("128 bits instead of 256");
    }

    @Test
    void plain_keys_stored_before_V9_are_wrapped_on_start_and_erasures_kept() throws Exception {
        migrate("7");
        UUID subject = UUID.randomUUID();
        byte[] plain = new byte[32];
        new SecureRandom().nextBytes(plain);
        SealedPersonalData sealed = Sealing.sealedWith(plain, subject, "Ana Example");
        UUID erased = UUID.randomUUID();
        sql.sql("INSERT INTO personal_data_key (subject_id, secret, created_at) VALUES (:id, :secret, :at)")
                .param("id", subject)
                .param("secret", plain)
                .param("at", CLOCK.instant().atOffset(ZoneOffset.UTC))
                .update();
        sql.sql("INSERT INTO personal_data_key (subject_id, secret, created_at, erased_at) VALUES (:id, NULL, :at,"
                        + " :at)")
                .param("id", erased)
                .param("at", CLOCK.instant().atOffset(ZoneOffset.UTC))
                .update();
        migrate(null);

        PersonalDataVault vault = vault(settings(folder.resolve("personal-data.kek")));

        Map<String, Object> row = sql.sql("SELECT kek_id, wrapped_key FROM personal_data_key WHERE subject_id = :id")
                .param("id", subject)
                .query()
                .singleRow();
        assertThat(row.get("KEK_ID")).isNotNull();
        assertThat((byte[]) row.get("WRAPPED_KEY")).isNotEqualTo(plain);
        assertThat(Sealing.opensWithAnyPartOf((byte[]) row.get("WRAPPED_KEY"), sealed))
                .isFalse();
        assertThat(vault.unseal(sealed)).contains("Ana Example");
        assertThat(sql.sql("SELECT count(*) FROM personal_data_key")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThatThrownBy(() -> vault.seal(erased, "again")).hasMessageContaining("was erased");
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration/h2");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private PersonalDataVault vault(PrivacyProperties settings) {
        PersonalDataVault vault = new PersonalDataVault(sql, database, CLOCK, settings);
        vault.afterPropertiesSet();
        return vault;
    }

    private static PrivacyProperties settings(Path kekFile) {
        return new PrivacyProperties(kekFile, null, List.of(), List.of());
    }

    private List<String> kekIds() {
        return sql.sql("SELECT DISTINCT kek_id FROM personal_data_key")
                .query(String.class)
                .list();
    }
}
