package org.gsef.governance.platform.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** Personal data sealed as the vault seals it (AES-256-GCM, the person as associated data), done by hand for tests. */
public final class Sealing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Sealing() {}

    /** {@code text} sealed for {@code subject} with the given key, as an earlier version kept it in plain form. */
    public static SealedPersonalData sealedWith(byte[] key, UUID subject, String text) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        byte[] message = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return new SealedPersonalData(subject, Base64.getEncoder().encodeToString(message));
    }

    /**
     * Whether the bytes, or any 16, 24 or 32 of them in a row, open the sealed data as its AES key: what someone holding
     * a copy of the key table would try.
     */
    public static boolean opensWithAnyPartOf(byte[] stored, SealedPersonalData sealed) {
        byte[] message = Base64.getDecoder().decode(sealed.ciphertext());
        for (int length : new int[] {16, 24, 32}) {
            for (int from = 0; from + length <= stored.length; from++) {
                try {
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(
                            Cipher.DECRYPT_MODE,
                            new SecretKeySpec(stored, from, length, "AES"),
                            new GCMParameterSpec(TAG_BITS, message, 0, NONCE_BYTES));
                    cipher.updateAAD(sealed.subjectId().toString().getBytes(StandardCharsets.US_ASCII));
                    cipher.doFinal(message, NONCE_BYTES, message.length - NONCE_BYTES);
                    return true;
                } catch (GeneralSecurityException wrongKey) {
                    // as it should be
                }
            }
        }
        return false;
    }
}
