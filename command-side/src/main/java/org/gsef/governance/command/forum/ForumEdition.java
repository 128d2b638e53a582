package org.gsef.governance.command.forum;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.forum.ForumCommand.AdoptTheme;
import org.gsef.governance.kernel.forum.ForumCommand.CancelMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.DefineOrganizingGovernance;
import org.gsef.governance.kernel.forum.ForumCommand.DraftHostAgreement;
import org.gsef.governance.kernel.forum.ForumCommand.FixEditionDates;
import org.gsef.governance.kernel.forum.ForumCommand.FlagMilestoneAtRisk;
import org.gsef.governance.kernel.forum.ForumCommand.LaunchLocalOrganizingCommittee;
import org.gsef.governance.kernel.forum.ForumCommand.PlanMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.PrepareEdition;
import org.gsef.governance.kernel.forum.ForumCommand.ProposeTheme;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPastEdition;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPreparatoryMeeting;
import org.gsef.governance.kernel.forum.ForumCommand.ReportMilestoneProgress;
import org.gsef.governance.kernel.forum.ForumCommand.RescheduleMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.SignHostAgreement;
import org.gsef.governance.kernel.forum.ForumEvent.EditionDatesFixed;
import org.gsef.governance.kernel.forum.ForumEvent.EditionPreparationStarted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementDrafted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementSigned;
import org.gsef.governance.kernel.forum.ForumEvent.LocalOrganizingCommitteeLaunched;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCancelled;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCompleted;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneFlaggedAtRisk;
import org.gsef.governance.kernel.forum.ForumEvent.MilestonePlanned;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneProgressReported;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneRescheduled;
import org.gsef.governance.kernel.forum.ForumEvent.OrganizingGovernanceDefined;
import org.gsef.governance.kernel.forum.ForumEvent.PastEditionRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.PreparatoryMeetingRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeAdopted;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeProposed;
import org.gsef.governance.kernel.forum.MilestoneStatus;

/**
 * A Global Social Economy Forum edition. A past one is part of the record as imported; one in preparation goes through
 * recorded steps (host agreement drafted then signed, local organizing committee, theme proposed then adopted by the
 * Committee, organizing governance, preparatory meetings) and keeps its roadmap of milestones.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class ForumEdition {

    @AggregateIdentifier
    private String editionId;

    private UUID id;
    private boolean past;
    private boolean agreementDrafted;
    private boolean agreementSigned;
    private String proposedTheme;
    private UUID themeBallot;
    private final Map<String, MilestoneStatus> milestones = new LinkedHashMap<>();
    private final Map<String, java.time.LocalDate> dueDates = new LinkedHashMap<>();

    protected ForumEdition() {}

    @CommandHandler
    public ForumEdition(RecordPastEdition command) {
        apply(new PastEditionRecorded(
                command.editionId(),
                command.name(),
                command.year(),
                command.city(),
                command.country(),
                command.startsOn(),
                command.endsOn(),
                command.theme(),
                command.outcome()));
    }

    @CommandHandler
    public ForumEdition(PrepareEdition command, Clock clock) {
        apply(new EditionPreparationStarted(
                command.editionId(),
                command.name(),
                command.hostCity(),
                command.country(),
                command.startsOn(),
                command.endsOn(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(FixEditionDates command, Clock clock) {
        requireInPreparation();
        apply(new EditionDatesFixed(id, command.startsOn(), command.endsOn(), clock.instant()));
    }

    @CommandHandler
    public void handle(DraftHostAgreement command, Clock clock) {
        requireInPreparation();
        if (agreementSigned) {
            throw new RuleViolation(Refusal.AGREEMENT_SIGNED, "the host agreement is signed");
        }
        apply(new HostAgreementDrafted(id, command.parties(), clock.instant()));
    }

    @CommandHandler
    public void handle(SignHostAgreement command, Clock clock) {
        requireInPreparation();
        if (!agreementDrafted) {
            throw new RuleViolation(
                    Refusal.AGREEMENT_NOT_DRAFTED, "the host agreement must be drafted before it is signed");
        }
        if (agreementSigned) {
            throw new RuleViolation(Refusal.AGREEMENT_SIGNED, "the host agreement is signed");
        }
        apply(new HostAgreementSigned(id, command.parties(), command.signedOn(), command.place(), clock.instant()));
    }

    @CommandHandler
    public void handle(LaunchLocalOrganizingCommittee command, Clock clock) {
        requireInPreparation();
        apply(new LocalOrganizingCommitteeLaunched(id, command.members(), command.launchedOn(), clock.instant()));
    }

    @CommandHandler
    public void handle(ProposeTheme command, Clock clock) {
        requireInPreparation();
        if (themeBallot != null) {
            throw new RuleViolation(Refusal.THEME_ADOPTED, "the theme is adopted");
        }
        apply(new ThemeProposed(id, command.theme(), clock.instant()));
    }

    /** Records the theme the Committee adopted; a repeated adoption by the same ballot changes nothing. */
    @CommandHandler
    public void handle(AdoptTheme command, Clock clock) {
        requireInPreparation();
        if (command.ballotId().equals(themeBallot)) {
            return;
        }
        if (proposedTheme == null) {
            throw new RuleViolation(Refusal.NO_THEME_PROPOSED, "no theme was proposed");
        }
        apply(new ThemeAdopted(id, command.ballotId(), command.theme(), clock.instant()));
    }

    @CommandHandler
    public void handle(DefineOrganizingGovernance command, Clock clock) {
        requireInPreparation();
        apply(new OrganizingGovernanceDefined(id, command.description(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordPreparatoryMeeting command, Clock clock) {
        requireInPreparation();
        apply(new PreparatoryMeetingRecorded(
                id, command.heldFrom(), command.heldTo(), command.place(), command.summary(), clock.instant()));
    }

    @CommandHandler
    public void handle(PlanMilestone command, Clock clock) {
        requireInPreparation();
        if (milestones.containsKey(command.milestone())) {
            throw new RuleViolation(Refusal.MILESTONE_EXISTS, "the milestone exists", command.milestone());
        }
        apply(new MilestonePlanned(
                id, command.milestone(), command.title(), command.owner(), command.dueOn(), clock.instant()));
    }

    @CommandHandler
    public void handle(ReportMilestoneProgress command, Clock clock) {
        requireOpen(command.milestone());
        apply(new MilestoneProgressReported(
                id, command.milestone(), command.percent(), command.note(), command.reportedOn(), clock.instant()));
        if (command.percent() == 100) {
            apply(new MilestoneCompleted(id, command.milestone(), command.reportedOn(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(FlagMilestoneAtRisk command, Clock clock) {
        requireOpen(command.milestone());
        apply(new MilestoneFlaggedAtRisk(id, command.milestone(), command.reason(), clock.instant()));
    }

    @CommandHandler
    public void handle(RescheduleMilestone command, Clock clock) {
        requireOpen(command.milestone());
        apply(new MilestoneRescheduled(
                id,
                command.milestone(),
                dueDates.get(command.milestone()),
                command.dueOn(),
                command.reason(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(CancelMilestone command, Clock clock) {
        requireOpen(command.milestone());
        apply(new MilestoneCancelled(id, command.milestone(), command.reason(), clock.instant()));
    }

    private void requireInPreparation() {
        if (past) {
            throw new RuleViolation(Refusal.EDITION_PAST, "a past edition is part of the record and does not change");
        }
    }

    private void requireOpen(String milestone) {
        MilestoneStatus status = milestones.get(milestone);
        if (status == null) {
            throw new RuleViolation(Refusal.NO_SUCH_MILESTONE, "there is no milestone " + milestone, milestone);
        }
        if (status == MilestoneStatus.DONE || status == MilestoneStatus.CANCELLED) {
            throw new RuleViolation(Refusal.MILESTONE_CLOSED, "the milestone is " + status, milestone, status);
        }
    }

    @EventSourcingHandler
    void on(PastEditionRecorded event) {
        editionId = event.editionId().toString();
        id = event.editionId();
        past = true;
    }

    @EventSourcingHandler
    void on(EditionPreparationStarted event) {
        editionId = event.editionId().toString();
        id = event.editionId();
    }

    @EventSourcingHandler
    void on(HostAgreementDrafted event) {
        agreementDrafted = true;
    }

    @EventSourcingHandler
    void on(HostAgreementSigned event) {
        agreementSigned = true;
    }

    @EventSourcingHandler
    void on(ThemeProposed event) {
        proposedTheme = event.theme();
    }

    @EventSourcingHandler
    void on(ThemeAdopted event) {
        themeBallot = event.ballotId();
    }

    @EventSourcingHandler
    void on(MilestonePlanned event) {
        milestones.put(event.milestone(), MilestoneStatus.PLANNED);
        dueDates.put(event.milestone(), event.dueOn());
    }

    @EventSourcingHandler
    void on(MilestoneProgressReported event) {
        milestones.put(event.milestone(), MilestoneStatus.IN_PROGRESS);
    }

    @EventSourcingHandler
    void on(MilestoneCompleted event) {
        milestones.put(event.milestone(), MilestoneStatus.DONE);
    }

    @EventSourcingHandler
    void on(MilestoneFlaggedAtRisk event) {
        milestones.put(event.milestone(), MilestoneStatus.AT_RISK);
    }

    @EventSourcingHandler
    void on(MilestoneRescheduled event) {
        dueDates.put(event.milestone(), event.dueOn());
    }

    @EventSourcingHandler
    void on(MilestoneCancelled event) {
        milestones.put(event.milestone(), MilestoneStatus.CANCELLED);
    }
}
