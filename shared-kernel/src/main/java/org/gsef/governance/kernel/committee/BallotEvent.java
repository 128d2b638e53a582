package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.SchemaRevision;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;

/**
 * Everything that can happen to a ballot. Together they explain each decision: who could vote, who was present or
 * represented, who was recused, every vote and change of vote, every refused attempt, and the result with the rule
 * and the quorum that produced it.
 */
public sealed interface BallotEvent {

    UUID ballotId();

    /**
     * @param electorate the voting seats entitled to vote (recused seats excluded)
     * @param present at a meeting, the entitled seats present; empty by written procedure
     * @param proxies seat to the seat that holds its proxy, at a meeting
     * @param recused seats that may not vote because of a conflict of interest
     */
    record BallotOpened(
            UUID ballotId,
            BallotSubject subject,
            BallotProcedure procedure,
            UUID meetingId,
            Instant closesAt,
            VotingRule rule,
            List<String> electorate,
            List<String> present,
            Map<String, String> proxies,
            List<String> recused,
            Instant openedAt)
            implements BallotEvent {}

    /** @param castBy the seat whose delegate cast it: the seat itself, or the holder of its proxy */
    record VoteCast(UUID ballotId, String seat, VoteChoice choice, String reason, String castBy, Instant at)
            implements BallotEvent {}

    record VoteChanged(
            UUID ballotId,
            String seat,
            VoteChoice previous,
            VoteChoice choice,
            String reason,
            String castBy,
            Instant at)
            implements BallotEvent {}

    /**
     * An attempt to vote that the rules refused: after closing, by a recused seat, by someone not entitled.
     *
     * @param seat the seat the vote was for
     * @param attemptedBy the seat of the delegate who attempted it; null when they hold none. Revision 2: revision 1
     *     events lack it, and their upcaster takes it from the metadata the attempt was recorded with
     */
    @SchemaRevision("2")
    record VoteRefused(UUID ballotId, String seat, String reason, String attemptedBy, Instant at)
            implements BallotEvent {}

    /**
     * @param quorumRequired seats that had to take part
     * @param quorumReached seats that took part (present or represented at a meeting; voted by written procedure)
     * @param castingVote the chair's casting vote, when a tie needed one
     */
    record BallotClosed(
            UUID ballotId,
            BallotSubject subject,
            BallotOutcome outcome,
            Tally tally,
            VotingRule rule,
            int electorateSize,
            int quorumRequired,
            int quorumReached,
            VoteChoice castingVote,
            ClosedBy closedBy,
            Instant at)
            implements BallotEvent {}
}
