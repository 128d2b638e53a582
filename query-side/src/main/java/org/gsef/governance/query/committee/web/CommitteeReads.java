package org.gsef.governance.query.committee.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.committee.BallotState;
import org.gsef.governance.query.committee.BallotView;
import org.gsef.governance.query.committee.CommitteeQueries;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the Steering Committee: ballots with their live tally, seats, decisions and meetings. */
@RestController
class CommitteeReads {

    private final CommitteeQueries queries;

    CommitteeReads(CommitteeQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/ballots")
    List<BallotView> ballots(
            @RequestParam(required = false) BallotState status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ReadAccess.governanceReader();
        return queries.ballots(status, offset, ReadAccess.page(offset, limit));
    }

    @GetMapping("/api/ballots/{ballotId}")
    ResponseEntity<BallotView> ballot(@PathVariable UUID ballotId) {
        ReadAccess.governanceReader();
        BallotView ballot = queries.ballot(ballotId);
        if (ballot == null) {
            throw new NotFound("ballot " + ballotId);
        }
        return ResponseEntity.ok().eTag("\"" + ballot.version() + "\"").body(ballot);
    }

    @GetMapping("/api/committee/seats")
    List<CommitteeQueries.Seat> seats() {
        ReadAccess.governanceReader();
        return queries.seats();
    }

    /** The standing rules in force: each decision type's quorum, majority, tie rule and minimum written period. */
    @GetMapping("/api/committee/standing-rules")
    List<CommitteeQueries.StandingRuleInForce> standingRules() {
        ReadAccess.governanceReader();
        return queries.standingRules();
    }

    /** The conflicts of interest the Secretariat declared, on one subject ({@code referenceId}) or all. */
    @GetMapping("/api/committee/conflicts")
    List<CommitteeQueries.Conflict> conflicts(@RequestParam(required = false) UUID referenceId) {
        ReadAccess.governanceReader();
        return queries.conflicts(referenceId);
    }

    @GetMapping("/api/committee/advisors")
    List<CommitteeQueries.Advisor> advisors() {
        ReadAccess.governanceReader();
        return queries.advisors();
    }

    @GetMapping("/api/committee/decisions")
    List<CommitteeQueries.Decision> decisions() {
        ReadAccess.governanceReader();
        return queries.decisions();
    }

    /**
     * A decision of the Committee as anyone may read it: what was put to the vote (its title: an admission names an
     * organisation), the outcome, the tally and the day it took effect. Who voted how, the rule's origin, the history
     * and the chair's statement (free text, which may name a person) stay with the governance readers.
     */
    record PublicDecision(
            String decisionType,
            String title,
            BallotOutcome outcome,
            Tally tally,
            LocalDate effectiveOn,
            OffsetDateTime closedAt) {}

    /**
     * The register of decisions, for anyone: a network's decisions are public. An admission not passed is left out: it
     * would name an applicant the network did not admit, whose application is not public (an admission passed names a
     * member, and the member list is).
     */
    @GetMapping("/api/public/committee/decisions")
    List<PublicDecision> publicDecisions() {
        return queries.decisions().stream()
                .filter(decision ->
                        !"ADMISSION".equals(decision.decisionType()) || decision.outcome() == BallotOutcome.PASSED)
                .map(decision -> new PublicDecision(
                        decision.decisionType(),
                        decision.title(),
                        decision.outcome(),
                        decision.tally(),
                        decision.effectiveOn(),
                        decision.closedAt()))
                .toList();
    }

    @GetMapping("/api/meetings")
    List<CommitteeQueries.Meeting> meetings() {
        ReadAccess.governanceReader();
        return queries.meetings();
    }

    @GetMapping("/api/meetings/{meetingId}")
    CommitteeQueries.Meeting meeting(@PathVariable UUID meetingId) {
        ReadAccess.governanceReader();
        CommitteeQueries.Meeting meeting = queries.meeting(meetingId);
        if (meeting == null) {
            throw new NotFound("meeting " + meetingId);
        }
        return meeting;
    }
}
