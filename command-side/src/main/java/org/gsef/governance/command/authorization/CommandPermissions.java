package org.gsef.governance.command.authorization;

import static org.gsef.governance.kernel.identity.Role.CHAIR;
import static org.gsef.governance.kernel.identity.Role.DELEGATE;
import static org.gsef.governance.kernel.identity.Role.MEMBER_REPRESENTATIVE;
import static org.gsef.governance.kernel.identity.Role.PROCESS;
import static org.gsef.governance.kernel.identity.Role.SECRETARIAT;

import java.util.Map;
import java.util.Set;
import org.gsef.governance.kernel.committee.BallotCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.MeetingCommand;
import org.gsef.governance.kernel.documents.DocumentCommand;
import org.gsef.governance.kernel.forum.ForumCommand;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand;
import org.gsef.governance.kernel.membership.MemberCommand;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.objectives.PlanCommand;
import org.gsef.governance.kernel.program.ActivityCommand;
import org.gsef.governance.kernel.sources.SourceCommand;
import org.gsef.governance.kernel.translation.TranslationCommand;

/**
 * Which roles may send which command. A command not listed here is refused to everyone, so a new command is unusable
 * until someone decides who may send it. Rules that depend on more than the role (only a seat's delegate or proxy
 * holder votes for it; a member representative acts on their own application only) are the aggregates'.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry(ApplicationCommand.SubmitMembershipApplication.class, Set.of(SECRETARIAT, MEMBER_REPRESENTATIVE)),
            Map.entry(ApplicationCommand.ReturnApplicationForInformation.class, Set.of(SECRETARIAT)),
            Map.entry(
                    ApplicationCommand.ResubmitMembershipApplication.class, Set.of(SECRETARIAT, MEMBER_REPRESENTATIVE)),
            Map.entry(ApplicationCommand.CompleteApplicationReview.class, Set.of(SECRETARIAT)),
            Map.entry(
                    ApplicationCommand.WithdrawMembershipApplication.class, Set.of(SECRETARIAT, MEMBER_REPRESENTATIVE)),
            Map.entry(ApplicationCommand.RecordAdmissionDecision.class, Set.of(PROCESS)),
            Map.entry(ApplicationCommand.ReleaseFromCommittee.class, Set.of(PROCESS)),
            Map.entry(ApplicationCommand.EraseApplicationContact.class, Set.of(SECRETARIAT)),
            Map.entry(MemberCommand.RegisterAdmittedMember.class, Set.of(PROCESS)),
            Map.entry(MemberCommand.ImportMember.class, Set.of(SECRETARIAT)),
            Map.entry(MemberCommand.SuspendMember.class, Set.of(SECRETARIAT)),
            Map.entry(MemberCommand.ReinstateMember.class, Set.of(SECRETARIAT)),
            Map.entry(MemberCommand.RecordMemberDeparture.class, Set.of(SECRETARIAT)),
            Map.entry(RegisterCommand.RecordOpeningBalance.class, Set.of(SECRETARIAT)),
            Map.entry(SourceCommand.RecordSourceDisagreement.class, Set.of(SECRETARIAT)),
            Map.entry(SourceCommand.ResolveSourceDisagreement.class, Set.of(SECRETARIAT)),
            Map.entry(TranslationCommand.RecordTranslations.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.EstablishSeat.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.AppointDelegate.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.RetireSeat.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.RecordCommitteeDecision.class, Set.of(PROCESS)),
            Map.entry(CommitteeCommand.RecordAdvisor.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.EraseAdvisorName.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.DeclareConflictOfInterest.class, Set.of(SECRETARIAT)),
            Map.entry(CommitteeCommand.AdoptStandingRule.class, Set.of(PROCESS)),
            Map.entry(MeetingCommand.ScheduleMeeting.class, Set.of(SECRETARIAT, CHAIR)),
            Map.entry(MeetingCommand.RecordAttendance.class, Set.of(SECRETARIAT)),
            Map.entry(MeetingCommand.GiveProxy.class, Set.of(DELEGATE)),
            Map.entry(MeetingCommand.RecordMinutes.class, Set.of(SECRETARIAT)),
            Map.entry(MeetingCommand.ApproveMinutes.class, Set.of(PROCESS)),
            Map.entry(MeetingCommand.RescheduleMeeting.class, Set.of(SECRETARIAT)),
            Map.entry(MeetingCommand.CancelMeeting.class, Set.of(SECRETARIAT)),
            Map.entry(MeetingCommand.PublishAgenda.class, Set.of(SECRETARIAT)),
            Map.entry(BallotCommand.OpenBallot.class, Set.of(CHAIR, SECRETARIAT)),
            Map.entry(BallotCommand.CastVote.class, Set.of(DELEGATE)),
            Map.entry(BallotCommand.CloseBallot.class, Set.of(CHAIR, SECRETARIAT)),
            Map.entry(BallotCommand.ExtendBallotDeadline.class, Set.of(CHAIR, SECRETARIAT)),
            Map.entry(BallotCommand.CancelBallot.class, Set.of(CHAIR, SECRETARIAT)),
            Map.entry(BallotCommand.RecordDecisionStatement.class, Set.of(CHAIR)),
            Map.entry(ForumCommand.RecordPastEdition.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.PrepareEdition.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.FixEditionDates.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.DraftHostAgreement.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.SignHostAgreement.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.LaunchLocalOrganizingCommittee.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.ProposeTheme.class, Set.of(SECRETARIAT, CHAIR)),
            Map.entry(ForumCommand.AdoptTheme.class, Set.of(PROCESS)),
            Map.entry(ForumCommand.DefineOrganizingGovernance.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.RecordPreparatoryMeeting.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.PlanMilestone.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.ReportMilestoneProgress.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.FlagMilestoneAtRisk.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.RescheduleMilestone.class, Set.of(SECRETARIAT)),
            Map.entry(ForumCommand.CancelMilestone.class, Set.of(SECRETARIAT)),
            Map.entry(PlanCommand.AdoptStrategicPlan.class, Set.of(SECRETARIAT)),
            Map.entry(PlanCommand.ReportIndicatorValue.class, Set.of(SECRETARIAT)),
            Map.entry(ActivityCommand.ScheduleActivity.class, Set.of(SECRETARIAT)),
            Map.entry(ActivityCommand.ConfirmActivity.class, Set.of(SECRETARIAT)),
            Map.entry(ActivityCommand.RescheduleActivity.class, Set.of(SECRETARIAT)),
            Map.entry(ActivityCommand.RecordActivityHeld.class, Set.of(SECRETARIAT)),
            Map.entry(ActivityCommand.CancelActivity.class, Set.of(SECRETARIAT)),
            // Which records each may attach to is the record's rule (DocumentRecord.mayAttach), checked by Document.
            Map.entry(DocumentCommand.AttachDocument.class, Set.of(SECRETARIAT, CHAIR, MEMBER_REPRESENTATIVE)),
            Map.entry(DocumentCommand.AddDocumentVersion.class, Set.of(SECRETARIAT, CHAIR, MEMBER_REPRESENTATIVE)));

    private CommandPermissions() {}

    public static Set<Role> allowed(Class<?> command) {
        return ALLOWED.getOrDefault(command, Set.of());
    }

    public static Set<Class<?>> commands() {
        return ALLOWED.keySet();
    }
}
