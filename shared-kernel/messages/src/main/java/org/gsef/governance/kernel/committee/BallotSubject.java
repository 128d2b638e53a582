package org.gsef.governance.kernel.committee;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;

/**
 * What a ballot decides.
 *
 * @param referenceId the application (admission) or meeting (approval of its minutes) concerned, when there is one
 * @param title what is put to the vote, in words, such as the text of a resolution
 */
public record BallotSubject(DecisionType type, UUID referenceId, String title) {

    public BallotSubject {
        Require.present(type, "type");
        title = Require.text(title, "title", 2000).strip();
        if ((type == DecisionType.ADMISSION
                        || type == DecisionType.MINUTES_APPROVAL
                        || type == DecisionType.THEME_ADOPTION)
                && referenceId == null) {
            throw new IllegalArgumentException("an " + type + " ballot names what it concerns");
        }
    }
}
