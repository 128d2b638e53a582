package org.gsef.governance.kernel.documents;

import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** Everything that can happen to a document: versions are added, never changed or removed. */
public sealed interface DocumentEvent {

    UUID documentId();

    /**
     * A version of a document was put on record, with the fingerprint of its content: its SHA-256, size and detected
     * media type. The name is sealed (it can be personal data); the content itself is kept outside the event store,
     * under {@code content.contentId()}, encrypted for {@code content.encryptedFor()} when it carries personal data.
     *
     * @param version 1 for the document's first version, then one more for each
     */
    record DocumentVersionAttached(
            UUID documentId,
            DocumentRecord record,
            int version,
            SealedPersonalData name,
            StoredContent content,
            Instant attachedAt)
            implements DocumentEvent {}
}
