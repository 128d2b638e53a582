package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.VoteChoice;

/** The commands of a ballot. */
public sealed interface BallotCommand {

    UUID ballotId();

    /** The latest deadline a ballot may have: later ones are typing errors, and overflow date arithmetic. */
    Instant LATEST_DEADLINE = Instant.parse("2200-01-01T00:00:00Z");

    private static void requirePlausible(Instant closesAt) {
        if (closesAt != null && closesAt.isAfter(LATEST_DEADLINE)) {
            throw new IllegalArgumentException("closesAt must be before the year 2200");
        }
    }

    /** A command to an existing ballot, routed to it by its identifier. */
    sealed interface Targeted extends BallotCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return ballotId().toString();
        }
    }

    /**
     * Opens a ballot. The electorate, attendance, proxies, recusals and the standing rule of the decision type are
     * taken from the record at this moment and stated in the ballot: no request chooses its rule.
     *
     * @param meetingId the meeting a ballot {@link BallotProcedure#AT_MEETING} is held at
     * @param closesAt when the ballot closes by itself; required by written procedure, at least the standing rule's
     *     minimum period away; optional at a meeting
     * @param ruleChange what a ballot of type {@link DecisionType#STANDING_RULES_CHANGE} proposes; only for that type
     */
    record OpenBallot(
            UUID ballotId,
            BallotSubject subject,
            BallotProcedure procedure,
            UUID meetingId,
            Instant closesAt,
            StandingRuleChange ruleChange)
            implements BallotCommand {
        public OpenBallot {
            Require.present(ballotId, "ballotId");
            Require.present(subject, "subject");
            Require.present(procedure, "procedure");
            if (procedure == BallotProcedure.AT_MEETING && meetingId == null) {
                throw new IllegalArgumentException("a ballot at a meeting names the meeting");
            }
            if (procedure == BallotProcedure.WRITTEN && closesAt == null) {
                throw new IllegalArgumentException(
                        "a written procedure is open for a fixed period: closesAt is required");
            }
            requirePlausible(closesAt);
            if ((subject.type() == DecisionType.STANDING_RULES_CHANGE) != (ruleChange != null)) {
                throw new IllegalArgumentException(
                        "a ballot on the standing rules states the rule it proposes, and only such a ballot does");
            }
        }
    }

    record CastVote(UUID ballotId, SeatId seat, VoteChoice choice, String reason) implements Targeted {
        public CastVote {
            Require.present(ballotId, "ballotId");
            Require.present(seat, "seat");
            Require.present(choice, "choice");
            reason = reason == null || reason.isBlank()
                    ? null
                    : Require.text(reason, "reason", 2000).strip();
        }
    }

    /**
     * Closes the ballot now: after its deadline, or before it only when the outcome can no longer change. A tie under
     * the chair's casting vote rule needs {@code castingVote}, given by the chair.
     *
     * @param effectiveOn the day the decision took effect, when it is recorded later than it was taken (a meeting's
     *     decision entered afterwards, a past year brought into the record); null for the day of closing. Never a day
     *     after the closing
     */
    record CloseBallot(UUID ballotId, VoteChoice castingVote, LocalDate effectiveOn) implements Targeted {
        public CloseBallot {
            Require.present(ballotId, "ballotId");
            if (castingVote == VoteChoice.ABSTAIN) {
                throw new IllegalArgumentException("a casting vote is yes or no");
            }
        }

        /** Closes the ballot with effect on the day of closing. */
        public CloseBallot(UUID ballotId, VoteChoice castingVote) {
            this(ballotId, castingVote, null);
        }
    }

    /** Moves the deadline later, before it passes, with a reason; the extension is in the ballot's history. */
    record ExtendBallotDeadline(UUID ballotId, Instant closesAt, String reason) implements Targeted {
        public ExtendBallotDeadline {
            Require.present(ballotId, "ballotId");
            Require.present(closesAt, "closesAt");
            requirePlausible(closesAt);
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** Ends the ballot without a decision, with a reason: nothing is decided, and the subject can be put again. */
    record CancelBallot(UUID ballotId, String reason) implements Targeted {
        public CancelBallot {
            Require.present(ballotId, "ballotId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** The chair's short statement of a closed ballot's outcome for the register, in one or more languages. */
    record RecordDecisionStatement(UUID ballotId, Map<OfficialLanguage, String> statement) implements Targeted {
        public RecordDecisionStatement {
            Require.present(ballotId, "ballotId");
            Require.present(statement, "statement");
            Map<OfficialLanguage, String> texts = new EnumMap<>(OfficialLanguage.class);
            statement.forEach((language, text) -> {
                Require.present(language, "language");
                texts.put(language, Require.text(text, "statement", 1000).strip());
            });
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("a statement is required in at least one language");
            }
            statement = Map.copyOf(texts);
        }
    }
}
