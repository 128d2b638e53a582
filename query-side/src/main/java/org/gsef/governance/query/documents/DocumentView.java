package org.gsef.governance.query.documents;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.StoredContent;

/**
 * A document and its versions, newest first.
 *
 * @param record the record it belongs to
 */
public record DocumentView(UUID documentId, DocumentRecord record, List<Version> versions) {

    /** Its versions recorded by an instant. */
    public DocumentView asOf(Instant at) {
        return new DocumentView(
                documentId,
                record,
                versions.stream().filter(v -> !v.attachedAt().isAfter(at)).toList());
    }

    /**
     * One version: its name (null once erased), its fingerprint as recorded, and who attached it when.
     *
     * @param erased its personal data was erased: neither its name nor its content can be read
     */
    public record Version(
            int version,
            String name,
            boolean erased,
            String sha256,
            long size,
            String mediaType,
            Instant attachedAt,
            String attachedBy,
            @JsonIgnore StoredContent content) {}
}
