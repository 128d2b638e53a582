package org.gsef.governance.kernel.privacy;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;

/**
 * Personal data as it may appear in an event: encrypted with a key that belongs to one person and lives outside the
 * event store. Deleting that key erases the person everywhere the event is read, without touching the event.
 *
 * @param subjectId the person the key belongs to
 * @param ciphertext AES-GCM ciphertext with its nonce, base64
 */
public record SealedPersonalData(UUID subjectId, String ciphertext) {

    public SealedPersonalData {
        Require.present(subjectId, "subjectId");
        Require.text(ciphertext, "ciphertext", 20_000);
    }
}
