package org.gsef.governance.command.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.command.committee.rules.BallotCount;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.ClosedBy;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.AccessRefused;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BallotTest {

    static final Instant NOW = Instant.parse("2019-04-25T09:00:00Z");
    static final UUID ID = UUID.fromString("0b000000-0000-0000-0000-000000000001");
    static final UUID MEETING = UUID.fromString("0e000000-0000-0000-0000-000000000001");
    static final BallotSubject RESOLUTION =
            new BallotSubject(DecisionType.RESOLUTION, null, "Hold the 3rd quarter meeting in Mexico City");
    static final VotingRule SIMPLE =
            new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
    static final List<String> FIVE_SEATS = List.of("seoul-city", "bilbao-city", "ripess", "avpn", "apay");

    private FixtureConfiguration<Ballot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ballot.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static BallotOpened written(VotingRule rule, List<String> electorate, List<String> recused) {
        return new BallotOpened(
                ID,
                RESOLUTION,
                BallotProcedure.WRITTEN,
                null,
                NOW.plusSeconds(86_400),
                rule,
                electorate,
                List.of(),
                Map.of(),
                recused,
                NOW);
    }

    static BallotOpened atMeeting(List<String> present, Map<String, String> proxies) {
        return new BallotOpened(
                ID,
                RESOLUTION,
                BallotProcedure.AT_MEETING,
                MEETING,
                null,
                SIMPLE,
                FIVE_SEATS,
                present,
                proxies,
                List.of(),
                NOW);
    }

    static VoteCast cast(String seat, VoteChoice choice) {
        return new VoteCast(ID, seat, choice, null, seat, NOW);
    }

    static CastVote vote(String seat, VoteChoice choice) {
        return new CastVote(ID, new SeatId(seat), choice, null);
    }

    static Map<String, ?> delegateOf(String seat) {
        return ActorMetaData.of(new Actor(seat, Set.of(Role.DELEGATE), seat, null));
    }

    static Map<String, ?> chair() {
        return ActorMetaData.of(new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null));
    }

    static Map<String, ?> secretariat() {
        return ActorMetaData.of(Actor.of("secretariat", Set.of(Role.SECRETARIAT)));
    }

    private BallotClosed closed(
            BallotOutcome outcome,
            Tally tally,
            VotingRule rule,
            int required,
            int reached,
            VoteChoice casting,
            ClosedBy by) {
        return new BallotClosed(ID, RESOLUTION, outcome, tally, rule, 5, required, reached, casting, by, NOW);
    }

    @Test
    void records_the_vote_of_a_seat_by_its_delegate() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of()))
                .when(
                        new CastVote(ID, new SeatId("ripess"), VoteChoice.YES, "in line with our charter"),
                        delegateOf("ripess"))
                .expectEvents(new VoteCast(ID, "ripess", VoteChoice.YES, "in line with our charter", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.ACCEPTED);
    }

    @Test
    void a_seat_may_change_its_vote_until_the_ballot_closes_and_each_change_stays_on_record() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of()), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectEvents(new VoteChanged(ID, "ripess", VoteChoice.YES, VoteChoice.NO, null, "ripess", NOW));
    }

    @Test
    void the_same_vote_again_records_nothing_so_duplicates_leave_one_vote() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of()), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.ACCEPTED);
    }

    @Test
    void records_and_refuses_a_vote_for_another_seat() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of()))
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "bilbao-city", "not-delegate-of-seat", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.refused("not-delegate-of-seat"));
    }

    @Test
    void records_and_refuses_a_vote_by_a_recused_seat() {
        fixture.given(written(SIMPLE, List.of("seoul-city", "ripess", "avpn", "apay"), List.of("bilbao-city")))
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("bilbao-city"))
                .expectEvents(new VoteRefused(ID, "bilbao-city", "recused", "bilbao-city", NOW));
    }

    @Test
    void records_and_refuses_a_vote_after_closing() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of()),
                        closed(BallotOutcome.NO_QUORUM, Tally.EMPTY, SIMPLE, 3, 0, null, ClosedBy.CHAIR))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "ballot-closed", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.refused("ballot-closed"));
    }

    @Test
    void at_a_meeting_the_holder_of_a_proxy_votes_for_the_absent_seat_and_nobody_else_does() {
        BallotOpened opened = atMeeting(List.of("seoul-city", "avpn", "apay"), Map.of("apay", "avpn"));
        fixture.given(opened)
                .when(vote("apay", VoteChoice.ABSTAIN), delegateOf("avpn"))
                .expectEvents(new VoteCast(ID, "apay", VoteChoice.ABSTAIN, null, "avpn", NOW));
        fixture.given(opened)
                .when(vote("apay", VoteChoice.ABSTAIN), delegateOf("seoul-city"))
                .expectEvents(new VoteRefused(ID, "apay", "not-delegate-of-seat", "seoul-city", NOW));
    }

    @Test
    void at_a_meeting_a_seat_neither_present_nor_represented_cannot_vote() {
        fixture.given(atMeeting(List.of("seoul-city", "avpn"), Map.of()))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "not-present", "ripess", NOW));
    }

    @Test
    void passes_by_simple_majority_of_votes_cast_when_quorum_is_met() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of()),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES),
                        cast("avpn", VoteChoice.ABSTAIN))
                .when(new CloseBallot(ID, null), chair())
                .expectEvents(closed(BallotOutcome.PASSED, new Tally(2, 0, 1), SIMPLE, 3, 3, null, ClosedBy.CHAIR));
    }

    @Test
    void closes_without_quorum_when_too_few_seats_took_part() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of()),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES))
                .when(new CloseBallot(ID, null), secretariat())
                .expectEvents(
                        closed(BallotOutcome.NO_QUORUM, new Tally(2, 0, 0), SIMPLE, 3, 2, null, ClosedBy.SECRETARIAT));
    }

    @Test
    void a_tie_fails_under_the_default_rule() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of()),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.NO),
                        cast("avpn", VoteChoice.ABSTAIN))
                .when(new CloseBallot(ID, null), chair())
                .expectEvents(closed(BallotOutcome.FAILED, new Tally(1, 1, 1), SIMPLE, 3, 3, null, ClosedBy.CHAIR));
    }

    @Test
    void under_the_casting_vote_rule_a_tie_needs_and_takes_the_chairs_casting_vote() {
        VotingRule casting = new VotingRule(
                QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.CHAIR_CASTING_VOTE);
        Object[] tied = {
            written(casting, FIVE_SEATS, List.of()),
            cast("seoul-city", VoteChoice.YES),
            cast("ripess", VoteChoice.NO),
            cast("avpn", VoteChoice.ABSTAIN)
        };
        fixture.given(tied)
                .when(new CloseBallot(ID, null), chair())
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(tied)
                .when(new CloseBallot(ID, VoteChoice.YES), secretariat())
                .expectException(AccessRefused.class);
        fixture.given(tied)
                .when(new CloseBallot(ID, VoteChoice.YES), chair())
                .expectEvents(closed(
                        BallotOutcome.PASSED, new Tally(1, 1, 1), casting, 3, 3, VoteChoice.YES, ClosedBy.CHAIR));
    }

    @Test
    void a_closed_ballot_cannot_be_closed_again() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of()),
                        closed(BallotOutcome.NO_QUORUM, Tally.EMPTY, SIMPLE, 3, 0, null, ClosedBy.CHAIR))
                .when(new CloseBallot(ID, null), chair())
                .expectException(RuleViolation.class);
    }

    @Test
    void the_absolute_majority_counts_yes_against_all_entitled_seats() {
        VotingRule absolute =
                new VotingRule(QuorumRule.NONE, MajorityRule.ABSOLUTE_MAJORITY_OF_VOTING_SEATS, TieRule.FAILS);
        Map<String, VoteChoice> twoOfFive = Map.of("a", VoteChoice.YES, "b", VoteChoice.YES, "c", VoteChoice.NO);
        Map<String, VoteChoice> threeOfFive = Map.of("a", VoteChoice.YES, "b", VoteChoice.YES, "c", VoteChoice.YES);
        assertThat(count(absolute, twoOfFive).outcome()).isEqualTo(BallotOutcome.FAILED);
        assertThat(count(absolute, threeOfFive).outcome()).isEqualTo(BallotOutcome.PASSED);
    }

    @Test
    void two_thirds_of_votes_cast_ignores_abstentions() {
        VotingRule twoThirds = new VotingRule(QuorumRule.NONE, MajorityRule.TWO_THIRDS_OF_VOTES_CAST, TieRule.FAILS);
        assertThat(count(
                                twoThirds,
                                Map.of(
                                        "a",
                                        VoteChoice.YES,
                                        "b",
                                        VoteChoice.YES,
                                        "c",
                                        VoteChoice.NO,
                                        "d",
                                        VoteChoice.ABSTAIN,
                                        "e",
                                        VoteChoice.ABSTAIN))
                        .outcome())
                .isEqualTo(BallotOutcome.PASSED);
        assertThat(count(twoThirds, Map.of("a", VoteChoice.YES, "b", VoteChoice.NO))
                        .outcome())
                .isEqualTo(BallotOutcome.FAILED);
        assertThat(count(twoThirds, Map.of("a", VoteChoice.ABSTAIN)).outcome()).isEqualTo(BallotOutcome.FAILED);
    }

    @Test
    void at_a_meeting_the_quorum_comes_from_attendance_not_from_votes() {
        BallotCount count = BallotCount.of(
                SIMPLE, BallotProcedure.AT_MEETING, 5, List.of("a", "b", "c"), Map.of("a", VoteChoice.YES), null);
        assertThat(count.quorumReached()).isEqualTo(3);
        assertThat(count.outcome()).isEqualTo(BallotOutcome.PASSED);
        assertThat(BallotCount.of(
                                SIMPLE,
                                BallotProcedure.AT_MEETING,
                                5,
                                List.of("a", "b"),
                                Map.of("a", VoteChoice.YES),
                                null)
                        .outcome())
                .isEqualTo(BallotOutcome.NO_QUORUM);
    }

    private static BallotCount count(VotingRule rule, Map<String, VoteChoice> votes) {
        return BallotCount.of(rule, BallotProcedure.WRITTEN, 5, List.of(), votes, null);
    }
}
