package org.gsef.governance.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.forum.ForumEvent;
import org.gsef.governance.kernel.forum.MilestoneStatus;
import org.springframework.stereotype.Component;

/**
 * The roadmaps of the forum editions in preparation (GSEF2020) as they stood on a day, from the event store as
 * recorded up to an instant: the edition's dates, theme, host agreement and local organizing committee, and each
 * milestone with its due day, status, progress and whether it was late that day. What the record dates (a milestone
 * completed, progress reported, the agreement signed, the committee launched, a preparatory meeting held) counts from
 * the day it names. What it does not date (the preparation started, a milestone planned, rescheduled, flagged at risk or
 * cancelled, a theme adopted, the edition's dates fixed) counts as recorded up to the instant, whatever the day: the
 * record does not say since when it held (the 2019 roadmap was entered years later), so a roadmap of 2019 shows the
 * milestones as planned with their state on that day, never a completion or progress after it.
 */
@Component
public class RoadmapHistory {

    private final RecordedEvents recorded;

    public RoadmapHistory(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /** @param late open (neither done nor cancelled) and due before the day */
    public record Milestone(
            String milestone,
            String title,
            String owner,
            LocalDate dueOn,
            MilestoneStatus status,
            int progress,
            LocalDate completedOn,
            boolean late) {}

    public record Roadmap(
            UUID editionId,
            String name,
            String hostCity,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            String theme,
            LocalDate hostAgreementSignedOn,
            LocalDate localCommitteeLaunchedOn,
            int preparatoryMeetings,
            List<Milestone> milestones,
            int lateMilestones) {}

    /** The roadmaps on {@code on}, as recorded up to {@code asOf}; editions not yet in preparation that day left out. */
    public List<Roadmap> roadmaps(Instant asOf, LocalDate on) {
        List<Roadmap> roadmaps = new ArrayList<>();
        for (String id : recorded.entitiesOfType("ForumEdition")) {
            Roadmap roadmap = roadmap(recorded.eventsOf(id, asOf), on);
            if (roadmap != null) {
                roadmaps.add(roadmap);
            }
        }
        roadmaps.sort(Comparator.comparing(Roadmap::name));
        return roadmaps;
    }

    /** The day an event of the roadmap took effect, when it names one; null when it does not. */
    static LocalDate effectiveOn(DomainEventMessage<?> message) {
        return switch ((ForumEvent) message.getPayload()) {
            case ForumEvent.MilestoneCompleted completed -> completed.completedOn();
            case ForumEvent.MilestoneProgressReported progress -> progress.reportedOn();
            case ForumEvent.HostAgreementSigned signed -> signed.signedOn();
            case ForumEvent.LocalOrganizingCommitteeLaunched launched -> launched.launchedOn();
            case ForumEvent.PreparatoryMeetingRecorded meeting -> meeting.heldTo();
            default -> null;
        };
    }

    private static Roadmap roadmap(List<DomainEventMessage<?>> events, LocalDate on) {
        ForumEvent.EditionPreparationStarted started = null;
        LocalDate startsOn = null;
        LocalDate endsOn = null;
        String theme = null;
        LocalDate signedOn = null;
        LocalDate launchedOn = null;
        int meetings = 0;
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        for (DomainEventMessage<?> message : events) {
            LocalDate effective = effectiveOn(message);
            if (effective != null && effective.isAfter(on)) {
                continue;
            }
            switch ((ForumEvent) message.getPayload()) {
                case ForumEvent.PastEditionRecorded past -> {
                    return null;
                }
                case ForumEvent.EditionPreparationStarted preparation -> {
                    started = preparation;
                    startsOn = preparation.startsOn();
                    endsOn = preparation.endsOn();
                }
                case ForumEvent.EditionDatesFixed dates -> {
                    startsOn = dates.startsOn();
                    endsOn = dates.endsOn();
                }
                case ForumEvent.ThemeAdopted adopted -> theme = adopted.theme();
                case ForumEvent.HostAgreementSigned signed -> signedOn = signed.signedOn();
                case ForumEvent.LocalOrganizingCommitteeLaunched launched -> launchedOn = launched.launchedOn();
                case ForumEvent.PreparatoryMeetingRecorded meeting -> meetings++;
                case ForumEvent.MilestonePlanned planned ->
                    milestones.put(
                            planned.milestone(),
                            new Milestone(
                                    planned.milestone(),
                                    planned.title(),
                                    planned.owner(),
                                    planned.dueOn(),
                                    MilestoneStatus.PLANNED,
                                    0,
                                    null,
                                    false));
                case ForumEvent.MilestoneProgressReported progress ->
                    milestones.computeIfPresent(
                            progress.milestone(),
                            (code, m) -> with(m, m.dueOn(), MilestoneStatus.IN_PROGRESS, progress.percent(), null));
                case ForumEvent.MilestoneCompleted completed ->
                    milestones.computeIfPresent(
                            completed.milestone(),
                            (code, m) -> with(m, m.dueOn(), MilestoneStatus.DONE, 100, completed.completedOn()));
                case ForumEvent.MilestoneFlaggedAtRisk risk ->
                    milestones.computeIfPresent(
                            risk.milestone(),
                            (code, m) -> with(m, m.dueOn(), MilestoneStatus.AT_RISK, m.progress(), m.completedOn()));
                case ForumEvent.MilestoneRescheduled rescheduled ->
                    milestones.computeIfPresent(
                            rescheduled.milestone(),
                            (code, m) -> with(m, rescheduled.dueOn(), m.status(), m.progress(), m.completedOn()));
                case ForumEvent.MilestoneCancelled cancelled ->
                    milestones.computeIfPresent(
                            cancelled.milestone(),
                            (code, m) -> with(m, m.dueOn(), MilestoneStatus.CANCELLED, m.progress(), m.completedOn()));
                default -> {
                    // a theme proposed, the agreement drafted, the governance defined: not on the roadmap's table
                }
            }
        }
        if (started == null) {
            return null;
        }
        List<Milestone> onTheDay = milestones.values().stream()
                .map(m -> new Milestone(
                        m.milestone(),
                        m.title(),
                        m.owner(),
                        m.dueOn(),
                        m.status(),
                        m.progress(),
                        m.completedOn(),
                        m.status().lateOn(m.dueOn(), on)))
                .sorted(Comparator.comparing(Milestone::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Milestone::milestone))
                .toList();
        return new Roadmap(
                started.editionId(),
                started.name(),
                started.hostCity(),
                started.country(),
                startsOn,
                endsOn,
                theme,
                signedOn,
                launchedOn,
                meetings,
                onTheDay,
                (int) onTheDay.stream().filter(Milestone::late).count());
    }

    private static Milestone with(
            Milestone m, LocalDate dueOn, MilestoneStatus status, int progress, LocalDate completedOn) {
        return new Milestone(m.milestone(), m.title(), m.owner(), dueOn, status, progress, completedOn, false);
    }
}
