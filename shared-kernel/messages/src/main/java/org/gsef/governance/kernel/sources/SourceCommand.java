package org.gsef.governance.kernel.sources;

import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands that keep the record faithful to its sources where they disagree. */
public sealed interface SourceCommand {

    UUID disagreementId();

    /**
     * Records that the sources disagree about one fact of the record, with every version and the section it comes
     * from, instead of silently keeping one. Until it is resolved, the record shows the fact as "sources disagree".
     *
     * @param question what the sources disagree about ("Where is the third-quarter Committee meeting held?")
     * @param subjects the records the fact belongs to (a meeting, an activity)
     */
    record RecordSourceDisagreement(
            UUID disagreementId, String question, List<UUID> subjects, List<SourceVersion> versions)
            implements SourceCommand {
        public RecordSourceDisagreement {
            Require.present(disagreementId, "disagreementId");
            question = Require.text(question, "question", 500).strip();
            subjects = List.copyOf(Require.present(subjects, "subjects"));
            versions = List.copyOf(Require.present(versions, "versions"));
            if (versions.size() < 2 || versions.size() > 10) {
                throw new IllegalArgumentException("a disagreement has between two and ten versions");
            }
            if (subjects.size() > 20) {
                throw new IllegalArgumentException("a disagreement concerns at most twenty records");
            }
        }
    }

    /**
     * The Secretariat records which version holds, and why.
     *
     * @param holds the number of the version that holds, from 1
     */
    record ResolveSourceDisagreement(UUID disagreementId, int holds, String reason)
            implements SourceCommand, TargetsAggregate {
        public ResolveSourceDisagreement {
            Require.present(disagreementId, "disagreementId");
            reason = Require.text(reason, "reason", 2000).strip();
        }

        @Override
        public String aggregateId() {
            return disagreementId.toString();
        }
    }
}
