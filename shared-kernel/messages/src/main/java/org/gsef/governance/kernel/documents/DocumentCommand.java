package org.gsef.governance.kernel.documents;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** The commands that put documents on record. */
public sealed interface DocumentCommand extends TargetsAggregate {

    UUID documentId();

    @Override
    default String aggregateId() {
        return documentId().toString();
    }

    /**
     * Attaches a new document to a record, as its first version.
     *
     * @param name the file's name as the sender gave it, sealed: a name can be personal data
     */
    record AttachDocument(UUID documentId, DocumentRecord record, SealedPersonalData name, StoredContent content)
            implements DocumentCommand {
        public AttachDocument {
            Require.present(documentId, "documentId");
            Require.present(record, "record");
            Require.present(name, "name");
            Require.present(content, "content");
        }
    }

    /** Adds a version to a document; the earlier versions stay as they were. */
    record AddDocumentVersion(UUID documentId, SealedPersonalData name, StoredContent content)
            implements DocumentCommand {
        public AddDocumentVersion {
            Require.present(documentId, "documentId");
            Require.present(name, "name");
            Require.present(content, "content");
        }
    }
}
