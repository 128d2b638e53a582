package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.VoteChoice;

/** The commands of a ballot. */
public sealed interface BallotCommand {

    UUID ballotId();

    /** A command to an existing ballot, routed to it by its identifier. */
    sealed interface Targeted extends BallotCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return ballotId().toString();
        }
    }

    /**
     * Opens a ballot. The electorate, attendance, proxies and recusals are taken from the record at this moment and
     * stated in the ballot; {@code rule} is the decision type's default when not given.
     *
     * @param meetingId the meeting a ballot {@link BallotProcedure#AT_MEETING} is held at
     * @param closesAt when the ballot closes by itself; required by written procedure
     */
    record OpenBallot(
            UUID ballotId,
            BallotSubject subject,
            BallotProcedure procedure,
            UUID meetingId,
            Instant closesAt,
            VotingRule rule)
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

    /** Closes the ballot now; a tie under the chair's casting vote rule needs {@code castingVote}. */
    record CloseBallot(UUID ballotId, VoteChoice castingVote) implements Targeted {
        public CloseBallot {
            Require.present(ballotId, "ballotId");
            if (castingVote == VoteChoice.ABSTAIN) {
                throw new IllegalArgumentException("a casting vote is yes or no");
            }
        }
    }
}
