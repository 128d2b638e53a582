package org.gsef.governance.command.membership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterCommand.RecordOpeningBalance;
import org.gsef.governance.kernel.membership.RegisterEvent.OpeningBalanceRecorded;

/** The member register as a whole: its opening balance, which counts start from. */
@Aggregate
public class MemberRegister {

    @AggregateIdentifier
    private String registerId;

    private LocalDate asOf;
    private int members;
    private String source;

    protected MemberRegister() {}

    /** Records the opening balance; the same figures again change nothing, others correct it. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordOpeningBalance command, Clock clock) {
        if (command.asOf().equals(asOf) && command.members() == members && Objects.equals(command.source(), source)) {
            return;
        }
        apply(new OpeningBalanceRecorded(command.asOf(), command.members(), command.source(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OpeningBalanceRecorded event) {
        registerId = RegisterCommand.MEMBER_REGISTER;
        asOf = event.asOf();
        members = event.members();
        source = event.source();
    }
}
