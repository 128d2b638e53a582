package org.gsef.governance.query.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.Tally;

/**
 * A ballot as the read model shows it: what it decides, the rule and electorate it stated when it opened, the live
 * tally and who has voted, and the result once closed.
 *
 * @param ruleAdoptedBy the ballot that adopted its rule as a standing rule; null for the initial standing rules
 * @param resultReason the step of the count that decided it, once closed
 * @param cancelReason why it was cancelled, when it was
 * @param statement the chair's statement of the outcome by language ({@code ENGLISH}, {@code FRENCH}, {@code SPANISH})
 * @param effectiveOn the day its decision took effect, once closed; {@code closedAt} is when the closing was recorded
 * @param marks where the tally stands against the ballot's rule, for the pages' tally bar
 */
public record BallotView(
        UUID ballotId,
        String decisionType,
        UUID referenceId,
        String title,
        String procedure,
        UUID meetingId,
        OffsetDateTime closesAt,
        VotingRule rule,
        List<String> electorate,
        List<String> present,
        Map<String, String> proxies,
        List<String> recused,
        BallotState status,
        BallotOutcome outcome,
        Tally tally,
        Integer quorumRequired,
        Integer quorumReached,
        String castingVote,
        String closedBy,
        int refusedAttempts,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        long version,
        List<Vote> votes,
        UUID ruleAdoptedBy,
        String resultReason,
        String cancelReason,
        Map<String, String> statement,
        LocalDate effectiveOn,
        Marks marks) {

    /** The same ballot with its votes and its statement, read apart from its row. */
    BallotView withVotesAndStatement(List<Vote> votes, Map<String, String> statement) {
        return new BallotView(
                ballotId,
                decisionType,
                referenceId,
                title,
                procedure,
                meetingId,
                closesAt,
                rule,
                electorate,
                present,
                proxies,
                recused,
                status,
                outcome,
                tally,
                quorumRequired,
                quorumReached,
                castingVote,
                closedBy,
                refusedAttempts,
                openedAt,
                closedAt,
                version,
                List.copyOf(votes),
                ruleAdoptedBy,
                resultReason,
                cancelReason,
                statement,
                effectiveOn,
                marks);
    }

    /**
     * The marks of a ballot's tally under its rule: the seats entitled to vote (the electorate, the bar's full width),
     * the seats that must take part for a quorum, and the fewest yes votes that carry the majority with the no votes
     * cast so far.
     */
    public record Marks(int entitled, int quorum, int yesNeeded) {

        static Marks of(VotingRule rule, int entitled, Tally tally) {
            return new Marks(
                    entitled, rule.quorum().required(entitled), rule.majority().yesNeeded(entitled, tally.no()));
        }
    }

    /** @param changes how often the seat changed its vote */
    public record Vote(String seat, String choice, String reason, String castBy, int changes, OffsetDateTime castAt) {}
}
