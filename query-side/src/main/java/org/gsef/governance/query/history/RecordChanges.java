package org.gsef.governance.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeEvent;
import org.gsef.governance.kernel.forum.ForumEvent;
import org.gsef.governance.kernel.membership.MemberEvent;
import org.gsef.governance.kernel.objectives.PlanEvent;
import org.springframework.stereotype.Component;

/**
 * What changed in the registers between two days, from the event store as recorded up to an instant: members
 * admitted, imported, suspended, reinstated or gone; seats established or retired and delegates appointed; standing
 * rules recorded or adopted; indicator values reported; the roadmaps' steps (preparation started, dates fixed, host
 * agreement signed, local organizing committee launched, preparatory meeting held, theme adopted) and milestones (planned, progress, completed,
 * at risk, rescheduled, cancelled). Each change is dated by the day it took effect where its event
 * gives one (a member's admission or status change, a seat, a delegate or a retirement, an indicator value's date),
 * else by the day it was recorded.
 */
@Component
public class RecordChanges {

    private final RecordedEvents recorded;

    public RecordChanges(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /**
     * @param on the day it took effect
     * @param change the event's type
     * @param entityId the entity it concerns
     * @param subject what it concerns in words: the organisation, the seat, the decision type, the indicator
     * @param detail the new delegate, the reason, the value
     * @param recordedAt when the event was recorded
     */
    public record Change(
            LocalDate on,
            String change,
            String entityId,
            String subject,
            String detail,
            UUID ballotId,
            Instant recordedAt) {}

    /** The changes that took effect from {@code from} to {@code to}, both included, oldest first. */
    public List<Change> between(LocalDate from, LocalDate to, Instant asOf) {
        List<Change> changes = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (String id : recorded.entitiesOfType("Member")) {
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                Change change = switch ((MemberEvent) message.getPayload()) {
                    case MemberEvent.MemberAdmitted admitted -> {
                        names.put(admitted.memberId(), admitted.organisation().name());
                        yield change(
                                message,
                                admitted.admittedOn(),
                                admitted.organisation().name(),
                                null,
                                admitted.ballotId());
                    }
                    case MemberEvent.MemberImported imported -> {
                        names.put(imported.memberId(), imported.organisation().name());
                        yield change(
                                message,
                                imported.admittedOn(),
                                imported.organisation().name(),
                                null,
                                null);
                    }
                    case MemberEvent.MemberSuspended suspended ->
                        change(
                                message,
                                suspended.effectiveOn(),
                                names.get(suspended.memberId()),
                                suspended.reason(),
                                null);
                    case MemberEvent.MemberReinstated reinstated ->
                        change(
                                message,
                                reinstated.effectiveOn(),
                                names.get(reinstated.memberId()),
                                reinstated.reason(),
                                null);
                    case MemberEvent.MemberLeft left ->
                        change(message, left.effectiveOn(), names.get(left.memberId()), left.reason(), null);
                };
                changes.add(change);
            }
        }
        for (DomainEventMessage<?> message : recorded.eventsOf(CommitteeCommand.STEERING_COMMITTEE, asOf)) {
            Change change = switch ((CommitteeEvent) message.getPayload()) {
                case CommitteeEvent.SeatEstablished established ->
                    change(
                            message,
                            established.effectiveOn(),
                            established.seat(),
                            established.organisationName(),
                            null);
                case CommitteeEvent.DelegateAppointed appointed ->
                    change(message, appointed.effectiveOn(), appointed.seat(), appointed.delegateUserId(), null);
                case CommitteeEvent.SeatRetired retired ->
                    change(message, retired.effectiveOn(), retired.seat(), retired.reason(), null);
                case CommitteeEvent.StandingRulesRecorded initial ->
                    change(
                            message,
                            null,
                            String.join(
                                    ", ",
                                    initial.rules().keySet().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                            initial.source(),
                            null);
                case CommitteeEvent.StandingRuleAdopted adopted ->
                    change(message, null, adopted.type().name(), null, adopted.ballotId());
                default -> null;
            };
            if (change != null) {
                changes.add(change);
            }
        }
        for (String id : recorded.entitiesOfType("ForumEdition")) {
            String edition = null;
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                ForumEvent event = (ForumEvent) message.getPayload();
                if (event instanceof ForumEvent.EditionPreparationStarted started) {
                    edition = started.name();
                }
                if (event instanceof ForumEvent.PastEditionRecorded) {
                    break;
                }
                Change change = roadmapChange(message, edition);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        for (String id : recorded.entitiesOfType("StrategicPlan")) {
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                if (message.getPayload() instanceof PlanEvent.IndicatorValueReported value) {
                    changes.add(change(message, value.asOf(), value.indicator(), String.valueOf(value.value()), null));
                }
            }
        }
        return changes.stream()
                .filter(change -> !change.on().isBefore(from) && !change.on().isAfter(to))
                .sorted(Comparator.comparing(Change::on).thenComparing(Change::recordedAt))
                .toList();
    }

    /** A change of a roadmap: the edition's steps and each milestone's, by the day it names, else the day recorded. */
    private static Change roadmapChange(DomainEventMessage<?> message, String edition) {
        LocalDate effective = RoadmapHistory.effectiveOn(message);
        return switch ((ForumEvent) message.getPayload()) {
            case ForumEvent.EditionPreparationStarted started ->
                change(message, null, started.name(), started.hostCity(), null);
            case ForumEvent.EditionDatesFixed dates ->
                change(message, null, edition, dates.startsOn() + " – " + dates.endsOn(), null);
            case ForumEvent.HostAgreementSigned signed -> change(message, effective, edition, signed.place(), null);
            case ForumEvent.LocalOrganizingCommitteeLaunched launched ->
                change(message, effective, edition, null, null);
            case ForumEvent.PreparatoryMeetingRecorded meeting ->
                change(message, effective, edition, meeting.place(), null);
            case ForumEvent.ThemeAdopted adopted -> change(message, null, edition, adopted.theme(), adopted.ballotId());
            case ForumEvent.MilestonePlanned planned ->
                change(message, null, planned.title(), String.valueOf(planned.dueOn()), null);
            case ForumEvent.MilestoneProgressReported progress ->
                change(message, effective, progress.milestone(), progress.percent() + " %", null);
            case ForumEvent.MilestoneCompleted completed ->
                change(message, effective, completed.milestone(), null, null);
            case ForumEvent.MilestoneFlaggedAtRisk risk -> change(message, null, risk.milestone(), risk.reason(), null);
            case ForumEvent.MilestoneRescheduled rescheduled ->
                change(
                        message,
                        null,
                        rescheduled.milestone(),
                        rescheduled.previousDueOn() + " → " + rescheduled.dueOn(),
                        null);
            case ForumEvent.MilestoneCancelled cancelled ->
                change(message, null, cancelled.milestone(), cancelled.reason(), null);
            default -> null;
        };
    }

    private static Change change(
            DomainEventMessage<?> message, LocalDate effective, String subject, String detail, UUID ballotId) {
        Instant recordedAt = message.getTimestamp();
        return new Change(
                effective != null ? effective : LocalDate.ofInstant(recordedAt, ZoneOffset.UTC),
                message.getPayloadType().getSimpleName(),
                message.getAggregateIdentifier(),
                subject,
                detail,
                ballotId,
                recordedAt);
    }
}
