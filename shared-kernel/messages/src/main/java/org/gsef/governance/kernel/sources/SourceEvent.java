package org.gsef.governance.kernel.sources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happens to a disagreement between the record's sources. */
public sealed interface SourceEvent {

    UUID disagreementId();

    record SourceDisagreementRecorded(
            UUID disagreementId, String question, List<UUID> subjects, List<SourceVersion> versions, Instant at)
            implements SourceEvent {}

    /** @param holds the number of the version that holds, from 1 */
    record SourceDisagreementResolved(UUID disagreementId, int holds, SourceVersion held, String reason, Instant at)
            implements SourceEvent {}
}
