package org.gsef.governance.platform.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gsef.governance.platform.boot.PrivateFiles;

/**
 * The key-encryption keys (KEK) that wrap every person's key in the database: the current one, which wraps every new
 * key and to which keys wrapped under an earlier one are re-wrapped, and the earlier ones of a rotation. A KEK is 256
 * random bits kept outside the database, in a file or in the environment. Its identifier, recorded beside each key it
 * wraps, is derived from the KEK itself (an HMAC of a fixed label), so a wrong KEK is known by its identifier before
 * anything is unwrapped, and the identifier tells nothing of the KEK.
 *
 * <p>A key is wrapped with AES-256-GCM under the KEK, with a random 96-bit nonce and the person's identifier as
 * associated data: a wrapped key moved to another person's row does not unwrap.
 */
final class KeyEncryptionKeys {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ID_LABEL = "gsef personal-data key-encryption key".getBytes(StandardCharsets.US_ASCII);

    /** One KEK, with where it came from (a file or a setting, never its value) for messages. */
    record Kek(String id, SecretKeySpec key, String source) {}

    private final Kek current;
    private final Map<String, Kek> byId;
    private final SecureRandom random = new SecureRandom();

    private KeyEncryptionKeys(Kek current, List<Kek> previous) {
        this.current = current;
        this.byId = new LinkedHashMap<>();
        byId.put(current.id(), current);
        previous.forEach(kek -> byId.putIfAbsent(kek.id(), kek));
    }

    /**
     * The KEKs the settings name. The current KEK's file is created when missing only if {@code mayCreate}; otherwise
     * a missing file stops here, since keys in the database are wrapped under a KEK that must be restored.
     */
    static KeyEncryptionKeys load(PrivacyProperties settings, boolean mayCreate, String whyNotCreate) {
        Kek current;
        if (settings.kek() != null && !settings.kek().isBlank()) {
            current = fromValue(settings.kek(), "gsef.privacy.kek (GSEF_PERSONAL_DATA_KEK)");
        } else {
            Path file = settings.kekFile();
            if (!Files.exists(file)) {
                if (!mayCreate) {
                    throw new KeyEncryptionKeyUnavailable(
                            "The personal-data key-encryption key file " + file + " is missing, and " + whyNotCreate
                                    + ". A new key is not created in its place: nobody's personal data could be read"
                                    + " under it.",
                            "Restore that file, or point GSEF_PERSONAL_DATA_KEK_FILE (or GSEF_PERSONAL_DATA_KEK) at"
                                    + " the key-encryption key these keys were wrapped under.");
                }
                create(file);
            }
            current = fromFile(file);
        }
        List<Kek> previous = new ArrayList<>();
        for (String file : settings.previousKekFiles()) {
            previous.add(fromFile(Path.of(file)));
        }
        for (int i = 0; i < settings.previousKeks().size(); i++) {
            previous.add(fromValue(
                    settings.previousKeks().get(i),
                    "gsef.privacy.previous-keks[" + i + "] (GSEF_PERSONAL_DATA_PREVIOUS_KEKS)"));
        }
        return new KeyEncryptionKeys(current, previous);
    }

    /** Keys made from the given values, for tests: the first is the current one. */
    static KeyEncryptionKeys of(byte[] current, byte[]... previous) {
        List<Kek> earlier = new ArrayList<>();
        for (byte[] key : previous) {
            earlier.add(kek(key, "a test key"));
        }
        return new KeyEncryptionKeys(kek(current, "a test key"), earlier);
    }

    String currentId() {
        return current.id();
    }

    boolean holds(String id) {
        return byId.containsKey(id);
    }

    /** Where every KEK this process holds comes from, for messages. */
    String describe() {
        StringBuilder text = new StringBuilder("current ")
                .append(current.id())
                .append(" from ")
                .append(current.source());
        byId.values().stream()
                .filter(kek -> kek != current)
                .forEach(kek -> text.append(", previous ")
                        .append(kek.id())
                        .append(" from ")
                        .append(kek.source()));
        return text.toString();
    }

    /** The person's key wrapped under the current KEK: nonce, then ciphertext and tag. */
    byte[] wrap(UUID subjectId, byte[] key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subjectId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(key);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a personal-data key", e);
        }
    }

    /** The person's key, unwrapped with the KEK it was wrapped under. */
    byte[] unwrap(UUID subjectId, String kekId, byte[] wrapped) {
        Kek kek = byId.get(kekId);
        if (kek == null) {
            throw new IllegalStateException("the personal-data key of " + subjectId + " is wrapped under"
                    + " key-encryption key " + kekId + ", which this process does not hold (it holds " + describe()
                    + "): every process of a deployment needs the same key-encryption keys");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek.key(), new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(subjectId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the personal-data key of " + subjectId + " does not unwrap under key-encryption key " + kekId, e);
        }
    }

    private static Kek fromFile(Path file) {
        try {
            return fromValue(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the personal-data key-encryption key " + file, e);
        }
    }

    private static Kek fromValue(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the personal-data key-encryption key in " + source + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("the personal-data key-encryption key in " + source + " has "
                    + key.length * 8 + " bits instead of 256");
        }
        return kek(key, source);
    }

    private static Kek kek(byte[] key, String source) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String id = HexFormat.of().formatHex(mac.doFinal(ID_LABEL), 0, 8);
            return new Kek(id, new SecretKeySpec(key, "AES"), source);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a key-encryption key's identifier", e);
        }
    }

    /** A new KEK in a new file readable by its owner only; a file another process wrote first is kept. */
    static void create(Path file) {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            PrivateFiles.createSecret(file, Base64.getEncoder().encodeToString(fresh) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the personal-data key-encryption key " + file, e);
        }
    }
}
