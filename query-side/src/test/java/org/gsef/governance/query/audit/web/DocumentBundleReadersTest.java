package org.gsef.governance.query.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.gsef.governance.kernel.identity.Role;
import org.junit.jupiter.api.Test;

/** The bundle with the documents' files goes to those who read every record's documents, not to an operator. */
class DocumentBundleReadersTest {

    @Test
    void anOperatorGetsTheBundleWithoutTheDocumentsFiles() {
        assertEquals(Set.of(Role.AUDITOR, Role.SECRETARIAT), AuditReads.DOCUMENT_BUNDLE_READERS);
    }
}
