package org.gsef.governance.command.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.gsef.governance.command.membership.MembershipApplication;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.junit.jupiter.api.Test;

class CommandPermissionsTest {

    private static final Set<Class<?>> AGGREGATES = Set.of(MembershipApplication.class);

    @Test
    void every_handled_command_names_the_roles_that_may_send_it() {
        Set<Class<?>> handled = new HashSet<>();
        for (Class<?> aggregate : AGGREGATES) {
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
    void admissions_are_run_by_the_secretariat_voted_by_delegates_and_decided_by_the_chair_or_secretariat() {
        assertThat(CommandPermissions.allowed(SubmitMembershipApplication.class))
                .containsExactly(Role.SECRETARIAT);
        assertThat(CommandPermissions.allowed(CastAdmissionVote.class)).containsExactly(Role.DELEGATE);
        assertThat(CommandPermissions.allowed(DecideAdmission.class))
                .containsExactlyInAnyOrder(Role.CHAIR, Role.SECRETARIAT);
    }
}
