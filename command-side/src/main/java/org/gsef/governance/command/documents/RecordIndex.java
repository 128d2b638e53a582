package org.gsef.governance.command.documents;

import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.StoredContent;

/** What a document's commands ask of the rest of the record, and tell it, in the transaction of their event. */
public interface RecordIndex {

    /** Whether the record a document would be attached to exists (its entity has events). */
    boolean exists(DocumentRecord record);

    /** Notes a version as attached to its record, for the ballots that record their dossier. */
    void attached(UUID documentId, int version, DocumentRecord record, StoredContent content, Instant at);
}
