package org.gsef.governance.platform.privacy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seals personal data for events with AES-256-GCM under a key of its own per person. The keys are kept in the database
 * outside the event store, each wrapped under a key-encryption key (KEK) that lives outside the database (a file or an
 * environment variable, {@link KeyEncryptionKeys}): a copy of the database, of its files, its WAL or a dump decrypts
 * nothing without the KEK. Erasing a person destroys their key: every event that holds their data then reads as
 * erased, in pages, exports and replays, while the events themselves (and their hash chain) stay as they were.
 *
 * <p>On start, before anything is served, it checks that it holds every KEK the stored keys are wrapped under (and
 * stops the start otherwise, rather than create keys nobody else could read), wraps the keys stored in plain form by
 * earlier versions, and re-wraps under the current KEK every key wrapped under a previous one (a KEK rotation).
 */
@Component
@DependsOnDatabaseInitialization
public class PersonalDataVault implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataVault.class);

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final PrivacyProperties settings;
    private final SecureRandom random = new SecureRandom();
    private volatile KeyEncryptionKeys keks;

    public PersonalDataVault(JdbcClient jdbc, DataSource dataSource, Clock clock, PrivacyProperties settings) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> inUse = jdbc.sql("SELECT DISTINCT kek_id FROM personal_data_key WHERE kek_id IS NOT NULL")
                .query(String.class)
                .list();
        keks = KeyEncryptionKeys.load(
                settings, inUse.isEmpty(), "the database holds keys wrapped under key-encryption key(s) " + inUse);
        List<String> unknown =
                inUse.stream().filter(id -> !keks.holds(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new KeyEncryptionKeyUnavailable(
                    "Personal-data keys in the database are wrapped under key-encryption key(s) " + unknown
                            + ", which this process does not hold (it holds " + keks.describe() + "). Under another"
                            + " key nobody's personal data could be read, so the start stops here.",
                    "Give it the key-encryption key file they were wrapped under (GSEF_PERSONAL_DATA_KEK_FILE), or,"
                            + " during a rotation, name that file in GSEF_PERSONAL_DATA_PREVIOUS_KEK_FILES.");
        }
        rewrap();
    }

    /** Encrypts {@code plaintext} under the key of {@code subjectId}, creating the key on first use. */
    @Transactional
    public SealedPersonalData seal(UUID subjectId, String plaintext) {
        byte[] key = key(subjectId).orElseGet(() -> create(subjectId));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subjectId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] message = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new SealedPersonalData(subjectId, Base64.getEncoder().encodeToString(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    /** The plaintext, or nothing when the person was erased. */
    public Optional<String> unseal(SealedPersonalData sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return key(sealed.subjectId()).map(key -> {
            try {
                byte[] message = Base64.getDecoder().decode(sealed.ciphertext());
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(
                        Cipher.DECRYPT_MODE,
                        new SecretKeySpec(key, "AES"),
                        new GCMParameterSpec(TAG_BITS, message, 0, NONCE_BYTES));
                cipher.updateAAD(sealed.subjectId().toString().getBytes(StandardCharsets.US_ASCII));
                byte[] plain = cipher.doFinal(message, NONCE_BYTES, message.length - NONCE_BYTES);
                return new String(plain, StandardCharsets.UTF_8);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("personal data of " + sealed.subjectId() + " does not unseal", e);
            }
        });
    }

    /**
     * Encrypts a stream of any length under the key of {@code subjectId} (created on first use), a frame at a time as
     * it is read: a document that carries the person's personal data. {@code contentId} names the content, so that
     * its frames open for it only.
     */
    @Transactional
    public InputStream sealing(UUID subjectId, UUID contentId, InputStream plain) {
        byte[] key = key(subjectId).orElseGet(() -> create(subjectId));
        return SealedStreams.sealing(key, streamContext(subjectId, contentId), plain);
    }

    /**
     * The plain bytes of a stream sealed by {@link #sealing}, decrypted as they are read; nothing when the person was
     * erased. A frame that does not open (changed, moved, cut off) fails the read with an {@link IOException}.
     */
    public Optional<InputStream> unsealing(UUID subjectId, UUID contentId, InputStream sealed) {
        return key(subjectId).map(key -> SealedStreams.unsealing(key, streamContext(subjectId, contentId), sealed));
    }

    /** Whether the person's data was erased. */
    public boolean erased(UUID subjectId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_erasure WHERE subject_id = :id")
                        .param("id", subjectId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String streamContext(UUID subjectId, UUID contentId) {
        return "gsef-document\n" + subjectId + "\n" + contentId;
    }

    /**
     * Deletes the key sealed for a request that was then refused: nothing was recorded with it, so there is nothing
     * to erase and no erasure to record.
     */
    @Transactional
    public void discard(UUID subjectId) {
        jdbc.sql("DELETE FROM personal_data_key WHERE subject_id = :id")
                .param("id", subjectId)
                .update();
    }

    /**
     * Destroys the person's key, for good: its row is overwritten and deleted, the erasure is recorded, and once the
     * transaction has committed the database is asked to drop the dead row versions ({@link #compact()}). Returns
     * false when there was no key to destroy.
     */
    @Transactional
    public boolean erase(UUID subjectId) {
        int overwritten = jdbc.sql("UPDATE personal_data_key SET wrapped_key = :nothing, kek_id = NULL"
                        + " WHERE subject_id = :id")
                .param("nothing", new byte[KeyEncryptionKeys.KEY_BYTES + NONCE_BYTES + TAG_BITS / 8])
                .param("id", subjectId)
                .update();
        if (overwritten == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM personal_data_key WHERE subject_id = :id")
                .param("id", subjectId)
                .update();
        jdbc.sql("INSERT INTO personal_data_erasure (subject_id, erased_at) VALUES (:id, :at)")
                .param("id", subjectId)
                .param("at", now())
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    compact();
                }
            });
        } else {
            compact();
        }
        return true;
    }

    /**
     * Asks the database to drop the dead versions of the key table's rows, outside any transaction: PostgreSQL vacuums
     * the table (versions still visible to a transaction that was open at that moment stay until the next vacuum), H2
     * writes a checkpoint, after which the pages that held them are free to be overwritten. Neither scrubs the bytes
     * from the disk, the WAL or backups: that is what the KEK is for.
     */
    void compact() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (database.startsWith("PostgreSQL")) {
                connection.setAutoCommit(true);
                statement.execute("VACUUM personal_data_key");
            } else if (database.startsWith("H2")) {
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            log.warn("The personal-data key table could not be compacted after an erasure: {}", e.toString());
        }
    }

    private Optional<byte[]> key(UUID subjectId) {
        return jdbc.sql("SELECT kek_id, wrapped_key FROM personal_data_key WHERE subject_id = :id")
                .param("id", subjectId)
                .query((rs, row) -> new Stored(subjectId, rs.getString(1), rs.getBytes(2)))
                .optional()
                .map(this::unwrap);
    }

    private byte[] unwrap(Stored stored) {
        if (stored.kekId() == null) {
            throw new IllegalStateException("the personal-data key of " + stored.subjectId() + " is not wrapped");
        }
        return keks.unwrap(stored.subjectId(), stored.kekId(), stored.wrapped());
    }

    private byte[] create(UUID subjectId) {
        if (jdbc.sql("SELECT count(*) FROM personal_data_erasure WHERE subject_id = :id")
                        .param("id", subjectId)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new IllegalStateException("the personal data of " + subjectId + " was erased");
        }
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            byte[] key = generator.generateKey().getEncoded();
            jdbc.sql("INSERT INTO personal_data_key (subject_id, kek_id, wrapped_key, created_at)"
                            + " VALUES (:id, :kek, :wrapped, :at)")
                    .param("id", subjectId)
                    .param("kek", keks.currentId())
                    .param("wrapped", keks.wrap(subjectId, key))
                    .param("at", now())
                    .update();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a personal data key", e);
        }
    }

    /**
     * Wraps under the current KEK every key stored in plain form (by a version before V9) or wrapped under a previous
     * KEK, one row at a time, each only if no other process starting at the same time has done it first.
     */
    private void rewrap() {
        String current = keks.currentId();
        Map<String, Integer> done = new TreeMap<>();
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            List<Stored> batch = jdbc.sql("SELECT subject_id, kek_id, wrapped_key FROM personal_data_key"
                            + " WHERE (kek_id IS NULL OR kek_id <> :current)"
                            + (first ? "" : " AND subject_id > :after")
                            + " ORDER BY subject_id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("current", current)
                    .param("after", after)
                    .query((rs, row) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            for (Stored stored : batch) {
                byte[] key = stored.kekId() == null
                        ? stored.wrapped()
                        : keks.unwrap(stored.subjectId(), stored.kekId(), stored.wrapped());
                int updated = jdbc.sql("UPDATE personal_data_key SET wrapped_key = :wrapped, kek_id = :current"
                                + " WHERE subject_id = :id AND "
                                + (stored.kekId() == null ? "kek_id IS NULL" : "kek_id = :previous"))
                        .param("wrapped", keks.wrap(stored.subjectId(), key))
                        .param("current", current)
                        .param("id", stored.subjectId())
                        .param("previous", stored.kekId() == null ? "" : stored.kekId())
                        .update();
                if (updated == 1) {
                    done.merge(stored.kekId() == null ? "plain" : stored.kekId(), 1, Integer::sum);
                }
                after = stored.subjectId();
            }
            first = false;
        }
        if (!done.isEmpty()) {
            log.info(
                    "Personal-data keys wrapped under key-encryption key {}: {} (by what they were stored under);"
                            + " every stored key is now under it",
                    current,
                    done);
            compact();
        }
        if (!settings.previousKekFiles().isEmpty() || !settings.previousKeks().isEmpty()) {
            log.warn(
                    "Every personal-data key is wrapped under key-encryption key {}: once every process runs with it,"
                            + " remove the previous key-encryption keys from the settings and destroy their files",
                    current);
        }
    }

    private record Stored(UUID subjectId, String kekId, byte[] wrapped) {}

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
