package org.gsef.governance.kernel.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything that can happen to a forum edition and its preparation roadmap. */
public sealed interface ForumEvent {

    UUID editionId();

    /** What happens to one milestone of the roadmap: a part of the edition with a history of its own. */
    sealed interface MilestoneEvent extends ForumEvent {

        String milestone();
    }

    record PastEditionRecorded(
            UUID editionId,
            String name,
            int year,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            String theme,
            String outcome)
            implements ForumEvent {}

    record EditionPreparationStarted(
            UUID editionId,
            String name,
            String hostCity,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant at)
            implements ForumEvent {}

    record EditionDatesFixed(UUID editionId, LocalDate startsOn, LocalDate endsOn, Instant at) implements ForumEvent {}

    record HostAgreementDrafted(UUID editionId, List<String> parties, Instant at) implements ForumEvent {}

    record HostAgreementSigned(UUID editionId, List<String> parties, LocalDate signedOn, String place, Instant at)
            implements ForumEvent {}

    record LocalOrganizingCommitteeLaunched(UUID editionId, List<String> members, LocalDate launchedOn, Instant at)
            implements ForumEvent {}

    record ThemeProposed(UUID editionId, String theme, Instant at) implements ForumEvent {}

    record ThemeAdopted(UUID editionId, UUID ballotId, String theme, Instant at) implements ForumEvent {}

    record OrganizingGovernanceDefined(UUID editionId, String description, Instant at) implements ForumEvent {}

    record PreparatoryMeetingRecorded(
            UUID editionId, LocalDate heldFrom, LocalDate heldTo, String place, String summary, Instant at)
            implements ForumEvent {}

    record MilestonePlanned(UUID editionId, String milestone, String title, String owner, LocalDate dueOn, Instant at)
            implements MilestoneEvent {}

    record MilestoneProgressReported(
            UUID editionId, String milestone, int percent, String note, LocalDate reportedOn, Instant at)
            implements MilestoneEvent {}

    record MilestoneCompleted(UUID editionId, String milestone, LocalDate completedOn, Instant at)
            implements MilestoneEvent {}

    record MilestoneFlaggedAtRisk(UUID editionId, String milestone, String reason, Instant at)
            implements MilestoneEvent {}

    record MilestoneRescheduled(
            UUID editionId, String milestone, LocalDate previousDueOn, LocalDate dueOn, String reason, Instant at)
            implements MilestoneEvent {}

    record MilestoneCancelled(UUID editionId, String milestone, String reason, Instant at) implements MilestoneEvent {}
}
