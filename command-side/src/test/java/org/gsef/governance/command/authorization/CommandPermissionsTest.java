package org.gsef.governance.command.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.gsef.governance.command.committee.Ballot;
import org.gsef.governance.command.committee.Committee;
import org.gsef.governance.command.committee.Meeting;
import org.gsef.governance.command.membership.Member;
import org.gsef.governance.command.membership.MembershipApplication;
import org.gsef.governance.kernel.committee.BallotCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.MeetingCommand;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand;
import org.gsef.governance.kernel.membership.MemberCommand;
import org.junit.jupiter.api.Test;

class CommandPermissionsTest {

    /** Every class with command handlers: the aggregates and the ballot opening service. */
    private static final Set<Class<?>> HANDLERS = handlers();

    private static Set<Class<?>> handlers() {
        try {
            return Set.of(
                    MembershipApplication.class,
                    Member.class,
                    Committee.class,
                    Meeting.class,
                    Ballot.class,
                    org.gsef.governance.command.forum.ForumEdition.class,
                    org.gsef.governance.command.objectives.StrategicPlan.class,
                    org.gsef.governance.command.program.Activity.class,
                    org.gsef.governance.command.membership.MemberRegister.class,
                    org.gsef.governance.command.sources.SourceDisagreement.class,
                    org.gsef.governance.command.translation.Translations.class,
                    org.gsef.governance.command.documents.Document.class,
                    Class.forName("org.gsef.governance.command.committee.BallotOpening"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_handled_command_names_the_roles_that_may_send_it() {
        Set<Class<?>> handled = new HashSet<>();
        for (Class<?> aggregate : HANDLERS) {
            Stream.<Executable[]>of(aggregate.getDeclaredMethods(), aggregate.getDeclaredConstructors())
                    .flatMap(Stream::of)
                    .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                    .forEach(handler -> handled.add(handler.getParameterTypes()[0]));
        }
        assertThat(handled).isNotEmpty();
        assertThat(CommandPermissions.commands()).containsExactlyInAnyOrderElementsOf(handled);
        handled.forEach(command -> assertThat(CommandPermissions.allowed(command))
                .as(command.getSimpleName())
                .isNotEmpty());
    }

    @Test
    void the_auditor_may_send_no_command_and_an_unknown_command_is_refused_to_everyone() {
        CommandPermissions.commands()
                .forEach(command ->
                        assertThat(CommandPermissions.allowed(command)).doesNotContain(Role.AUDITOR));
        assertThat(CommandPermissions.allowed(String.class)).isEmpty();
    }

    @Test
    void votes_come_from_delegates_and_ballots_are_opened_and_closed_by_the_chair_or_the_secretariat() {
        assertThat(CommandPermissions.allowed(BallotCommand.CastVote.class)).containsExactly(Role.DELEGATE);
        assertThat(CommandPermissions.allowed(BallotCommand.OpenBallot.class))
                .containsExactlyInAnyOrder(Role.CHAIR, Role.SECRETARIAT);
        assertThat(CommandPermissions.allowed(BallotCommand.CloseBallot.class))
                .containsExactlyInAnyOrder(Role.CHAIR, Role.SECRETARIAT);
    }

    @Test
    void results_are_carried_into_the_records_by_the_governance_process_only() {
        for (Class<?> command : Set.of(
                ApplicationCommand.RecordAdmissionDecision.class,
                MemberCommand.RegisterAdmittedMember.class,
                MeetingCommand.ApproveMinutes.class,
                CommitteeCommand.RecordCommitteeDecision.class)) {
            assertThat(CommandPermissions.allowed(command))
                    .as(command.getSimpleName())
                    .containsExactly(Role.PROCESS);
        }
    }
}
