package org.gsef.governance.command.committee;

import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.documents.DocumentVersionRef;

/** A ballot's dossier as it stands: the latest version of every document of the ballot and of its subject. */
public interface Dossier {

    /** @param subjectId the record the ballot decides on, or null */
    List<DocumentVersionRef> current(UUID ballotId, UUID subjectId);
}
