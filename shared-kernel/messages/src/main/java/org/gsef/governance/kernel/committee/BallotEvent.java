package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.SchemaRevision;
import org.gsef.governance.kernel.documents.DocumentVersionRef;
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
     * @param ruleAdoptedBy where the rule comes from: the ballot that adopted it as the standing rule, or null for the
     *     Committee's initial standing rules. Revision 2: revision 1 events lack it, and were opened under a rule stated
     *     in the request or the configured default; their upcaster leaves it null
     */
    @SchemaRevision("2")
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
            Instant openedAt,
            UUID ruleAdoptedBy)
            implements BallotEvent {}

    /** What a ballot on the standing rules proposes; recorded with its opening. */
    record StandingRuleChangeProposed(UUID ballotId, StandingRuleChange change) implements BallotEvent {}

    /** The deadline moved later, before it passed. */
    record BallotDeadlineExtended(UUID ballotId, Instant previousClosesAt, Instant closesAt, String reason, Instant at)
            implements BallotEvent {}

    /**
     * The dossier as it stood at a moment of the ballot: the exact version of every document attached to the ballot
     * and to its subject (an application, a meeting), recorded right after the ballot's opening ({@code seat} null) and
     * right after each vote or change of vote ({@code seat} the seat that voted). Recorded only when the dossier holds a
     * document: a ballot without one has none of these events. Documents are never removed, so what the Committee saw
     * when it decided is the latest of these before each vote.
     */
    record BallotDossierRecorded(UUID ballotId, String seat, List<DocumentVersionRef> documents, Instant at)
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
     * An attempt to vote that the rules refused: after closing or the deadline, by a recused seat, by someone who is not
     * the seat's appointed delegate nor the holder of its proxy. A seat's repeated attempts are recorded a few times
     * only; beyond that they are refused without a record.
     *
     * @param seat the seat the vote was for
     * @param reason the code of the {@link org.gsef.governance.kernel.common.Refusal}
     * @param attemptedBy the seat whose appointed delegate attempted it; null when they are delegate of none. Revision 2: revision 1
     *     events lack it, and their upcaster takes it from the metadata the attempt was recorded with
     */
    @SchemaRevision("2")
    record VoteRefused(UUID ballotId, String seat, String reason, String attemptedBy, Instant at)
            implements BallotEvent {}

    /**
     * @param reason the step of the count that decided the outcome. Revision 2: revision 1 events lack it, and their
     *     upcaster derives it from the outcome, the tally, the rule and the casting vote they recorded
     * @param quorumRequired seats that had to take part
     * @param quorumReached seats that took part: voted, abstentions included (closings recorded before issue #14
     *     counted, at a meeting, the seats present or represented)
     * @param castingVote the chair's casting vote, when a tie needed one
     * @param at when the closing was recorded
     * @param effectiveOn the day the decision took effect: the day of {@code at}, or an earlier day when the decision
     *     was entered after it was taken. Revision 3: earlier revisions lack it, and their upcaster takes the day of
     *     {@code at} (UTC)
     */
    @SchemaRevision("3")
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
            Instant at,
            BallotResultReason reason,
            LocalDate effectiveOn)
            implements BallotEvent {}

    /** The ballot ended without a decision; its subject can be put to the Committee again. */
    record BallotCancelled(UUID ballotId, BallotSubject subject, String reason, ClosedBy by, Instant at)
            implements BallotEvent {}

    /** The chair's statement of the outcome, for the register of decisions; a later one replaces it. */
    record DecisionStatementRecorded(UUID ballotId, Map<OfficialLanguage, String> statement, Instant at)
            implements BallotEvent {}
}
