package org.gsef.governance.command.process;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gsef.governance.kernel.committee.BallotEvent.BallotCancelled;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.CommitteeCommand.AdoptStandingRule;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordCommitteeDecision;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MeetingCommand.ApproveMinutes;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.forum.ForumCommand.AdoptTheme;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.RecordAdmissionDecision;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReleaseFromCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.MemberCommand.RegisterAdmittedMember;
import org.gsef.governance.platform.axon.EventStoreProperties;
import org.gsef.governance.platform.axon.Lingering;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Carries the Committee's results where they belong, so nobody re-types a decision: an admission ballot's result into
 * the application, an admitted application into the member register, approved minutes into their meeting, adopted
 * resolutions and appointed advisors into the Committee's register, an adopted theme into its forum edition. Every step is idempotent, so a redelivered or
 * replayed event changes nothing twice.
 */
@Component
@ProcessingGroup(GovernanceProcess.PROCESSOR)
class GovernanceProcess {

    static final String PROCESSOR = "governance-process";
    static final Actor PROCESS = Actor.of("process:governance", Set.of(Role.PROCESS));

    private static final Logger log = LoggerFactory.getLogger(GovernanceProcess.class);

    private final CommandGateway commands;

    GovernanceProcess(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Its processor: tracking, one thread, one event a batch (Axon's defaults), reading the store through {@link
     * Lingering}: it handles a few kinds of event and skips the rest, and each wake-up cost a token update and a commit.
     */
    @Bean
    static ConfigurerModule governanceProcessProcessing(EventStoreProperties store) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                PROCESSOR, config -> new Lingering(config.eventStore(), store.linger())));
    }

    @EventHandler
    void on(BallotClosed closed) {
        var subject = closed.subject();
        boolean passed = closed.outcome() == BallotOutcome.PASSED;
        switch (subject.type()) {
            case ADMISSION ->
                send(new RecordAdmissionDecision(
                        subject.referenceId(), closed.ballotId(), decision(closed.outcome()), closed.effectiveOn()));
            case MINUTES_APPROVAL -> {
                if (passed) {
                    send(new ApproveMinutes(subject.referenceId(), closed.ballotId()));
                }
            }
            case RESOLUTION, ADVISOR_APPOINTMENT -> {
                if (passed) {
                    send(new RecordCommitteeDecision(closed.ballotId(), subject));
                }
            }
            case STANDING_RULES_CHANGE -> {
                if (passed) {
                    send(new AdoptStandingRule(closed.ballotId()));
                    send(new RecordCommitteeDecision(closed.ballotId(), subject));
                }
            }
            case THEME_ADOPTION -> {
                if (passed) {
                    send(new AdoptTheme(subject.referenceId(), closed.ballotId(), subject.title()));
                    send(new RecordCommitteeDecision(closed.ballotId(), subject));
                }
            }
        }
    }

    /** A cancelled admission ballot decided nothing: the application goes back to the Secretariat. */
    @EventHandler
    void on(BallotCancelled cancelled) {
        if (cancelled.subject().type() == DecisionType.ADMISSION) {
            send(new ReleaseFromCommittee(cancelled.subject().referenceId(), cancelled.ballotId()));
        }
    }

    @EventHandler
    void on(ApplicationAdmitted admitted) {
        send(new RegisterAdmittedMember(
                admitted.memberId(),
                admitted.applicationId(),
                admitted.ballotId(),
                admitted.organisation(),
                admitted.admittedOn()));
    }

    private static ApplicationStatus decision(BallotOutcome outcome) {
        return switch (outcome) {
            case PASSED -> ApplicationStatus.ADMITTED;
            case FAILED -> ApplicationStatus.REJECTED;
            case NO_QUORUM -> ApplicationStatus.DEFERRED;
        };
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command, ActorMetaData.of(PROCESS));
        } catch (ConcurrencyException alreadyDone) {
            log.info("{} was carried out before", command.getClass().getSimpleName());
        } catch (RuleViolation refused) {
            log.warn("{} refused: {}", command.getClass().getSimpleName(), refused.getMessage());
        }
    }
}
