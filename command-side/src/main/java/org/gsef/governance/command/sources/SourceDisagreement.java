package org.gsef.governance.command.sources;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.sources.SourceCommand.RecordSourceDisagreement;
import org.gsef.governance.kernel.sources.SourceCommand.ResolveSourceDisagreement;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementRecorded;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementResolved;
import org.gsef.governance.kernel.sources.SourceVersion;

/**
 * A fact the record's sources give in different versions: every version is kept with the section it comes from until
 * the Secretariat records which holds, and why. The importer never chooses.
 */
@Aggregate
public class SourceDisagreement {

    @AggregateIdentifier
    private String disagreementId;

    private UUID id;
    private List<SourceVersion> versions;
    private boolean resolved;

    protected SourceDisagreement() {}

    @CommandHandler
    public SourceDisagreement(RecordSourceDisagreement command, Clock clock) {
        apply(new SourceDisagreementRecorded(
                command.disagreementId(), command.question(), command.subjects(), command.versions(), clock.instant()));
    }

    /** Once: a resolution is not changed by recording another. */
    @CommandHandler
    public void handle(ResolveSourceDisagreement command, Clock clock) {
        if (resolved) {
            throw new RuleViolation(Refusal.DISAGREEMENT_RESOLVED, "the Secretariat has recorded which version holds");
        }
        if (command.holds() < 1 || command.holds() > versions.size()) {
            throw new RuleViolation(Refusal.NO_SUCH_VERSION, "the disagreement has versions 1 to " + versions.size());
        }
        apply(new SourceDisagreementResolved(
                id, command.holds(), versions.get(command.holds() - 1), command.reason(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SourceDisagreementRecorded event) {
        id = event.disagreementId();
        disagreementId = id.toString();
        versions = event.versions();
    }

    @EventSourcingHandler
    void on(SourceDisagreementResolved event) {
        resolved = true;
    }
}
