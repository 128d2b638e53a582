package org.gsef.governance.kernel.documents;

import java.util.UUID;

/**
 * One version of one document, as a ballot records its dossier: enough to find the very bytes and to check them.
 *
 * @param documentId the document
 * @param version its version number
 * @param sha256 the SHA-256 of that version's content
 */
public record DocumentVersionRef(UUID documentId, int version, String sha256) {}
