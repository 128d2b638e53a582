package org.gsef.governance.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals personal data for events with AES-256-GCM under a key of its own per person, kept in the database outside the
 * event store. Erasing a person deletes their key: every event that holds their data then reads as erased, in pages,
 * exports and replays, while the events themselves (and their hash chain) stay as they were.
 */
@Component
public class PersonalDataVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** Deletes the person's key, for good. Returns false when there was no key to delete. */
    @Transactional
    public boolean erase(UUID subjectId) {
        return jdbc.sql("UPDATE personal_data_key SET secret = NULL, erased_at = :at"
                                + " WHERE subject_id = :id AND secret IS NOT NULL")
                        .param("at", now())
                        .param("id", subjectId)
                        .update()
                == 1;
    }

    private Optional<byte[]> key(UUID subjectId) {
        return jdbc.sql("SELECT secret FROM personal_data_key WHERE subject_id = :id AND secret IS NOT NULL")
                .param("id", subjectId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    private byte[] create(UUID subjectId) {
        if (jdbc.sql("SELECT count(*) FROM personal_data_key WHERE subject_id = :id")
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
            jdbc.sql("INSERT INTO personal_data_key (subject_id, secret, created_at) VALUES (:id, :secret, :at)")
                    .param("id", subjectId)
                    .param("secret", key)
                    .param("at", now())
                    .update();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a personal data key", e);
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
