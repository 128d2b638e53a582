package org.gsef.governance.kernel.membership;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;

/**
 * The Secretariat's statement that an applicant is another organisation than an existing member or application whose
 * name, country and city read the same: it names that record and says why they differ.
 */
public record DistinctnessStatement(UUID existingRecordId, String statement) {

    public DistinctnessStatement {
        Require.present(existingRecordId, "distinctFrom");
        statement = Require.text(statement, "distinctnessStatement", 2000).strip();
    }
}
