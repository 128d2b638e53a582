package org.gsef.governance.command.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.command.committee.rules.BallotCount;
import org.gsef.governance.kernel.committee.BallotCommand.CancelBallot;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.ExtendBallotDeadline;
import org.gsef.governance.kernel.committee.BallotCommand.RecordDecisionStatement;
import org.gsef.governance.kernel.committee.BallotEvent.BallotCancelled;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDeadlineExtended;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDossierRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.DecisionStatementRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.ClosedBy;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentVersionRef;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BallotTest {

    static final Instant NOW = Instant.parse("2019-04-25T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2019, 4, 25);
    static final Instant OPENED = NOW.minusSeconds(2 * 86_400);
    static final Instant EARLIER = NOW.minusSeconds(3600);
    static final Instant TOMORROW = NOW.plusSeconds(86_400);
    static final UUID ID = UUID.fromString("0b000000-0000-0000-0000-000000000001");
    static final UUID MEETING = UUID.fromString("0e000000-0000-0000-0000-000000000001");
    static final BallotSubject RESOLUTION =
            new BallotSubject(DecisionType.RESOLUTION, null, "Hold the 3rd quarter meeting in Mexico City");
    static final VotingRule SIMPLE =
            new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
    static final VotingRule CASTING = new VotingRule(
            QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.CHAIR_CASTING_VOTE);
    static final List<String> FIVE_SEATS = List.of("seoul-city", "bilbao-city", "ripess", "avpn", "apay");

    /** The dossier's versions as they stand, as the documents' index would give them. */
    private final List<DocumentVersionRef> dossier = new ArrayList<>();

    private FixtureConfiguration<Ballot> fixture;
    private CommitteeRecords committee;

    @BeforeEach
    void setUp() {
        committee = CommitteeRecords.of(FIVE_SEATS, "seoul-city");
        fixture = new AggregateTestFixture<>(Ballot.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(committee)
                .registerInjectableResource((Dossier) (ballot, subject) -> List.copyOf(dossier));
    }

    static BallotOpened written(VotingRule rule, List<String> electorate, List<String> recused, Instant closesAt) {
        return new BallotOpened(
                ID,
                RESOLUTION,
                BallotProcedure.WRITTEN,
                null,
                closesAt,
                rule,
                electorate,
                List.of(),
                Map.of(),
                recused,
                OPENED,
                null);
    }

    static BallotOpened written(VotingRule rule) {
        return written(rule, FIVE_SEATS, List.of(), TOMORROW);
    }

    static BallotOpened atMeeting(VotingRule rule, List<String> present, Map<String, String> proxies) {
        return new BallotOpened(
                ID,
                RESOLUTION,
                BallotProcedure.AT_MEETING,
                MEETING,
                null,
                rule,
                FIVE_SEATS,
                present,
                proxies,
                List.of(),
                OPENED,
                null);
    }

    static VoteCast cast(String seat, VoteChoice choice) {
        return new VoteCast(ID, seat, choice, null, seat, EARLIER);
    }

    static CastVote vote(String seat, VoteChoice choice) {
        return new CastVote(ID, new SeatId(seat), choice, null);
    }

    /** The account of the seat's appointed delegate; the seat in its claims is what a token would say. */
    static Map<String, ?> delegateOf(String seat) {
        return as(seat, seat);
    }

    static Map<String, ?> as(String user, String claimedSeat) {
        return ActorMetaData.of(new Actor(user, Set.of(Role.DELEGATE), claimedSeat, null));
    }

    static Map<String, ?> chair() {
        return ActorMetaData.of(new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null));
    }

    static Map<String, ?> secretariat() {
        return ActorMetaData.of(Actor.of("secretariat", Set.of(Role.SECRETARIAT)));
    }

    private static BallotClosed closed(
            BallotOutcome outcome,
            BallotResultReason reason,
            Tally tally,
            VotingRule rule,
            int required,
            int reached,
            VoteChoice casting,
            ClosedBy by) {
        return new BallotClosed(
                ID, RESOLUTION, outcome, tally, rule, 5, required, reached, casting, by, NOW, reason, DAY);
    }

    // --- who votes for a seat ---------------------------------------------------------------------------------------

    @Test
    void records_the_vote_of_a_seat_by_its_appointed_delegate() {
        fixture.given(written(SIMPLE))
                .when(
                        new CastVote(ID, new SeatId("ripess"), VoteChoice.YES, "in line with our charter"),
                        delegateOf("ripess"))
                .expectEvents(new VoteCast(ID, "ripess", VoteChoice.YES, "in line with our charter", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.ACCEPTED);
    }

    @Test
    void a_vote_records_the_dossier_versions_standing_when_it_is_cast() {
        DocumentVersionRef statutes = new DocumentVersionRef(UUID.randomUUID(), 2, "a".repeat(64));
        DocumentVersionRef letter = new DocumentVersionRef(UUID.randomUUID(), 1, "b".repeat(64));
        dossier.addAll(List.of(statutes, letter));
        fixture.given(written(SIMPLE))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(
                        new VoteCast(ID, "ripess", VoteChoice.YES, null, "ripess", NOW),
                        new BallotDossierRecorded(ID, "ripess", List.of(statutes, letter), NOW));
    }

    @Test
    void a_change_of_vote_records_the_dossier_as_it_stands_then() {
        DocumentVersionRef minutes = new DocumentVersionRef(UUID.randomUUID(), 3, "c".repeat(64));
        dossier.add(minutes);
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectEvents(
                        new VoteChanged(ID, "ripess", VoteChoice.YES, VoteChoice.NO, null, "ripess", NOW),
                        new BallotDossierRecorded(ID, "ripess", List.of(minutes), NOW));
    }

    @Test
    void a_refused_vote_records_no_dossier() {
        dossier.add(new DocumentVersionRef(UUID.randomUUID(), 1, "d".repeat(64)));
        fixture.given(written(SIMPLE))
                .when(vote("ripess", VoteChoice.YES), delegateOf("avpn"))
                .expectEvents(new VoteRefused(ID, "ripess", Refusal.NOT_DELEGATE_OF_SEAT.code(), "avpn", NOW));
    }

    @Test
    void a_seat_may_change_its_vote_before_the_deadline_and_each_change_stays_on_record() {
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectEvents(new VoteChanged(ID, "ripess", VoteChoice.YES, VoteChoice.NO, null, "ripess", NOW));
    }

    @Test
    void the_same_vote_again_records_nothing_so_duplicates_leave_one_vote() {
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.ACCEPTED);
    }

    @Test
    void records_and_refuses_a_vote_for_another_seat() {
        fixture.given(written(SIMPLE))
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "bilbao-city", "not-delegate-of-seat", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.refused(Refusal.NOT_DELEGATE_OF_SEAT));
    }

    @Test
    void a_replaced_delegate_is_refused_and_recorded_while_the_seats_earlier_vote_stands() {
        committee.appoint("ripess", "new-delegate-of-ripess");
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "not-delegate-of-seat", null, NOW))
                .expectResultMessagePayload(CommandOutcome.refused(Refusal.NOT_DELEGATE_OF_SEAT));
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), as("new-delegate-of-ripess", null))
                .expectEvents(new VoteChanged(ID, "ripess", VoteChoice.YES, VoteChoice.NO, null, "ripess", NOW));
    }

    @Test
    void a_seat_named_in_a_token_gives_no_right_to_vote_for_it() {
        fixture.given(written(SIMPLE))
                .when(vote("ripess", VoteChoice.YES), as("someone-else", "ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "not-delegate-of-seat", null, NOW));
    }

    @Test
    void records_and_refuses_a_vote_by_a_recused_seat() {
        fixture.given(written(
                        SIMPLE, List.of("seoul-city", "ripess", "avpn", "apay"), List.of("bilbao-city"), TOMORROW))
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("bilbao-city"))
                .expectEvents(new VoteRefused(ID, "bilbao-city", "recused", "bilbao-city", NOW));
    }

    @Test
    void at_a_meeting_the_holder_of_a_proxy_votes_for_the_absent_seat_and_nobody_else_does() {
        BallotOpened opened = atMeeting(SIMPLE, List.of("seoul-city", "avpn", "apay"), Map.of("apay", "avpn"));
        fixture.given(opened)
                .when(vote("apay", VoteChoice.ABSTAIN), delegateOf("avpn"))
                .expectEvents(new VoteCast(ID, "apay", VoteChoice.ABSTAIN, null, "avpn", NOW));
        fixture.given(opened)
                .when(vote("apay", VoteChoice.ABSTAIN), chair())
                .expectEvents(new VoteRefused(ID, "apay", "not-delegate-of-seat", "seoul-city", NOW));
    }

    @Test
    void at_a_meeting_a_seat_that_gave_its_proxy_votes_only_through_its_holder() {
        BallotOpened opened = atMeeting(SIMPLE, List.of("seoul-city", "avpn", "apay"), Map.of("apay", "avpn"));
        fixture.given(opened)
                .when(vote("apay", VoteChoice.NO), delegateOf("apay"))
                .expectEvents(new VoteRefused(ID, "apay", "not-delegate-of-seat", "apay", NOW))
                .expectResultMessagePayload(CommandOutcome.refused(Refusal.NOT_DELEGATE_OF_SEAT));
    }

    @Test
    void a_vote_for_a_seat_the_committee_never_had_is_refused_and_not_recorded() {
        fixture.given(written(SIMPLE))
                .when(vote("no-such-seat-1", VoteChoice.YES), delegateOf("ripess"))
                .expectNoEvents()
                .expectException(refused(Refusal.NO_SUCH_SEAT));
    }

    @Test
    void a_replaced_proxy_holder_no_longer_votes_with_the_proxy() {
        committee.appoint("avpn", "new-delegate-of-avpn");
        fixture.given(atMeeting(SIMPLE, List.of("seoul-city", "avpn", "apay"), Map.of("apay", "avpn")))
                .when(vote("apay", VoteChoice.YES), delegateOf("avpn"))
                .expectEvents(new VoteRefused(ID, "apay", "not-delegate-of-seat", null, NOW));
    }

    @Test
    void at_a_meeting_a_seat_neither_present_nor_represented_cannot_vote() {
        fixture.given(atMeeting(SIMPLE, List.of("seoul-city", "avpn"), Map.of()))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "not-present", "ripess", NOW));
    }

    @Test
    void a_seats_repeated_refused_attempts_are_recorded_three_times_then_refused_with_no_record() {
        VoteRefused refused = new VoteRefused(ID, "bilbao-city", "not-delegate-of-seat", "ripess", EARLIER);
        fixture.given(written(SIMPLE), refused, refused)
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "bilbao-city", "not-delegate-of-seat", "ripess", NOW));
        fixture.given(written(SIMPLE), refused, refused, refused)
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("ripess"))
                .expectNoEvents()
                .expectException(refused(Refusal.TOO_MANY_REFUSED_ATTEMPTS));
        fixture.given(written(SIMPLE), refused, refused, refused)
                .when(vote("apay", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "apay", "not-delegate-of-seat", "ripess", NOW));
    }

    // --- the deadline binds the vote
    // ----------------------------------------------------------------------------------

    @Test
    void a_vote_at_the_deadline_is_refused_and_recorded_before_the_deadline_is_processed() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of(), NOW))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "deadline-passed", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.refused(Refusal.DEADLINE_PASSED));
    }

    @Test
    void a_change_of_vote_after_the_deadline_is_refused_and_the_earlier_vote_stands() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of(), NOW.minusSeconds(1)), cast("ripess", VoteChoice.YES))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "deadline-passed", "ripess", NOW));
    }

    @Test
    void the_count_uses_only_votes_cast_before_the_deadline() {
        Instant deadline = NOW.minusSeconds(60);
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of(), deadline),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES),
                        cast("avpn", VoteChoice.NO),
                        new VoteCast(ID, "apay", VoteChoice.NO, null, "apay", deadline),
                        new VoteChanged(ID, "ripess", VoteChoice.YES, VoteChoice.NO, null, "ripess", deadline))
                .when(new CloseBallot(ID, null), secretariat())
                .expectEvents(closed(
                        BallotOutcome.PASSED,
                        BallotResultReason.MAJORITY_REACHED,
                        new Tally(2, 1, 0),
                        SIMPLE,
                        3,
                        3,
                        null,
                        ClosedBy.SECRETARIAT));
    }

    @Test
    void the_deadline_is_extended_before_it_passes_with_a_reason_and_then_binds_at_its_new_date() {
        fixture.given(written(SIMPLE))
                .when(new ExtendBallotDeadline(ID, TOMORROW.plusSeconds(86_400), "two seats asked for time"), chair())
                .expectEvents(new BallotDeadlineExtended(
                        ID, TOMORROW, TOMORROW.plusSeconds(86_400), "two seats asked for time", NOW));
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of(), EARLIER),
                        new BallotDeadlineExtended(ID, EARLIER, TOMORROW, "asked for time", EARLIER.minusSeconds(60)))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteCast(ID, "ripess", VoteChoice.YES, null, "ripess", NOW));
    }

    @Test
    void a_deadline_that_passed_cannot_be_extended_nor_moved_earlier() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of(), NOW))
                .when(new ExtendBallotDeadline(ID, TOMORROW, "too late"), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.DEADLINE_PASSED));
        fixture.given(written(SIMPLE))
                .when(new ExtendBallotDeadline(ID, TOMORROW.minusSeconds(1), "shorter"), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.DEADLINE_NOT_LATER));
    }

    @Test
    void a_ballot_without_a_deadline_cannot_be_given_one_to_close_it_before_its_outcome_is_settled() {
        fixture.given(atMeeting(SIMPLE, FIVE_SEATS, Map.of()), cast("ripess", VoteChoice.YES))
                .when(new ExtendBallotDeadline(ID, NOW.plusSeconds(2), "time is up"), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.NO_DEADLINE));
    }

    @Test
    void a_ballot_whose_deadline_passed_cannot_be_cancelled_before_the_deadline_is_processed() {
        fixture.given(written(SIMPLE, FIVE_SEATS, List.of(), NOW), cast("ripess", VoteChoice.YES))
                .when(new CancelBallot(ID, "the vote went the wrong way"), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.DEADLINE_PASSED));
    }

    @Test
    void a_tie_still_open_at_the_deadline_fails_and_takes_no_casting_vote_after_it() {
        Object[] tiedAtDeadline = {
            written(CASTING, FIVE_SEATS, List.of(), NOW),
            cast("seoul-city", VoteChoice.YES),
            cast("bilbao-city", VoteChoice.YES),
            cast("ripess", VoteChoice.NO),
            cast("avpn", VoteChoice.NO)
        };
        fixture.given(tiedAtDeadline)
                .when(new CloseBallot(ID, VoteChoice.YES), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.DEADLINE_PASSED));
        fixture.given(tiedAtDeadline)
                .when(new CloseBallot(ID, null), secretariat())
                .expectEvents(closed(
                        BallotOutcome.FAILED,
                        BallotResultReason.TIE_UNBROKEN_AT_DEADLINE,
                        new Tally(2, 2, 0),
                        CASTING,
                        3,
                        4,
                        null,
                        ClosedBy.SECRETARIAT));
    }

    // --- closing --------------------------------------------------------------------------------------------------

    @Test
    void the_chair_alone_cannot_close_a_ballot_the_other_seats_could_still_decide() {
        fixture.given(written(SIMPLE), cast("seoul-city", VoteChoice.YES))
                .when(new CloseBallot(ID, null), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.OUTCOME_NOT_SETTLED));
    }

    @Test
    void closes_before_the_deadline_once_the_remaining_votes_cannot_change_the_outcome() {
        fixture.given(
                        written(SIMPLE),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES),
                        cast("avpn", VoteChoice.YES))
                .when(new CloseBallot(ID, null), chair())
                .expectEvents(closed(
                        BallotOutcome.PASSED,
                        BallotResultReason.MAJORITY_REACHED,
                        new Tally(3, 0, 0),
                        SIMPLE,
                        3,
                        3,
                        null,
                        ClosedBy.CHAIR));
    }

    @Test
    void a_decision_entered_after_it_was_taken_keeps_the_day_it_took_effect_and_never_a_later_one() {
        var votes = new Object[] {
            written(SIMPLE),
            cast("seoul-city", VoteChoice.YES),
            cast("ripess", VoteChoice.YES),
            cast("avpn", VoteChoice.YES)
        };
        BallotClosed today = closed(
                BallotOutcome.PASSED,
                BallotResultReason.MAJORITY_REACHED,
                new Tally(3, 0, 0),
                SIMPLE,
                3,
                3,
                null,
                ClosedBy.CHAIR);
        fixture.given(votes)
                .when(new CloseBallot(ID, null, LocalDate.of(2019, 4, 20)), chair())
                .expectEvents(new BallotClosed(
                        ID,
                        RESOLUTION,
                        today.outcome(),
                        today.tally(),
                        SIMPLE,
                        5,
                        3,
                        3,
                        null,
                        ClosedBy.CHAIR,
                        NOW,
                        today.reason(),
                        LocalDate.of(2019, 4, 20)));
        fixture.given(votes)
                .when(new CloseBallot(ID, null, DAY.plusDays(1)), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.EFFECTIVE_DATE_IN_THE_FUTURE));
    }

    @Test
    void two_yes_and_an_abstention_of_five_are_not_yet_settled_since_two_noes_would_tie() {
        fixture.given(
                        written(SIMPLE),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES),
                        cast("avpn", VoteChoice.ABSTAIN))
                .when(new CloseBallot(ID, null), secretariat())
                .expectException(refused(Refusal.OUTCOME_NOT_SETTLED));
    }

    @Test
    void after_the_deadline_it_closes_with_what_it_has_and_a_missed_quorum_fails_for_that_reason() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of(), NOW),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES))
                .when(new CloseBallot(ID, null), secretariat())
                .expectEvents(closed(
                        BallotOutcome.NO_QUORUM,
                        BallotResultReason.QUORUM_NOT_REACHED,
                        new Tally(2, 0, 0),
                        SIMPLE,
                        3,
                        2,
                        null,
                        ClosedBy.SECRETARIAT));
    }

    @Test
    void a_tie_fails_under_the_default_rule() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of(), NOW),
                        cast("seoul-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.NO),
                        cast("avpn", VoteChoice.ABSTAIN))
                .when(new CloseBallot(ID, null), chair())
                .expectEvents(closed(
                        BallotOutcome.FAILED,
                        BallotResultReason.TIE_FAILS,
                        new Tally(1, 1, 1),
                        SIMPLE,
                        3,
                        3,
                        null,
                        ClosedBy.CHAIR));
    }

    @Test
    void a_closed_ballot_cannot_be_closed_again() {
        fixture.given(
                        written(SIMPLE, FIVE_SEATS, List.of(), NOW),
                        closed(
                                BallotOutcome.NO_QUORUM,
                                BallotResultReason.QUORUM_NOT_REACHED,
                                Tally.EMPTY,
                                SIMPLE,
                                3,
                                0,
                                null,
                                ClosedBy.CHAIR))
                .when(new CloseBallot(ID, null), chair())
                .expectException(refused(Refusal.BALLOT_CLOSED));
    }

    @Test
    void records_and_refuses_a_vote_after_closing() {
        fixture.given(
                        written(SIMPLE),
                        closed(
                                BallotOutcome.NO_QUORUM,
                                BallotResultReason.QUORUM_NOT_REACHED,
                                Tally.EMPTY,
                                SIMPLE,
                                3,
                                0,
                                null,
                                ClosedBy.CHAIR))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "ballot-closed", "ripess", NOW))
                .expectResultMessagePayload(CommandOutcome.refused(Refusal.BALLOT_CLOSED));
    }

    // --- the casting vote
    // ---------------------------------------------------------------------------------------------

    /** Every seat has voted: two yes, two no, one abstention. */
    private Object[] tiedWrittenBallot() {
        return new Object[] {
            written(CASTING),
            cast("seoul-city", VoteChoice.YES),
            cast("bilbao-city", VoteChoice.YES),
            cast("ripess", VoteChoice.NO),
            cast("avpn", VoteChoice.NO),
            cast("apay", VoteChoice.ABSTAIN)
        };
    }

    @Test
    void under_the_casting_vote_rule_a_tie_needs_and_takes_the_chairs_casting_vote() {
        fixture.given(tiedWrittenBallot())
                .when(new CloseBallot(ID, null), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.CASTING_VOTE_REQUIRED));
        fixture.given(tiedWrittenBallot())
                .when(new CloseBallot(ID, null), secretariat())
                .expectException(refused(Refusal.CASTING_VOTE_REQUIRED));
        fixture.given(tiedWrittenBallot())
                .when(new CloseBallot(ID, VoteChoice.YES), chair())
                .expectEvents(closed(
                        BallotOutcome.PASSED,
                        BallotResultReason.TIE_BROKEN_BY_CASTING_VOTE,
                        new Tally(2, 2, 1),
                        CASTING,
                        3,
                        5,
                        VoteChoice.YES,
                        ClosedBy.CHAIR));
    }

    @Test
    void only_the_chair_appointed_to_the_chairs_seat_gives_a_casting_vote() {
        fixture.given(tiedWrittenBallot())
                .when(new CloseBallot(ID, VoteChoice.YES), secretariat())
                .expectException(refused(Refusal.CASTING_VOTE));
        Map<String, ?> chairRoleWithoutTheChairsSeat =
                ActorMetaData.of(new Actor("ripess", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null));
        fixture.given(tiedWrittenBallot())
                .when(new CloseBallot(ID, VoteChoice.YES), chairRoleWithoutTheChairsSeat)
                .expectException(refused(Refusal.CASTING_VOTE));
    }

    @Test
    void a_casting_vote_without_a_tie_is_refused() {
        fixture.given(
                        written(CASTING),
                        cast("seoul-city", VoteChoice.YES),
                        cast("bilbao-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.YES))
                .when(new CloseBallot(ID, VoteChoice.NO), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.CASTING_VOTE_WITHOUT_TIE));
    }

    @Test
    void a_tie_at_a_meeting_the_chairs_seat_is_absent_from_fails_and_says_why_and_the_absent_chair_cannot_cast() {
        Object[] tied = {
            atMeeting(CASTING, List.of("bilbao-city", "ripess", "avpn", "apay"), Map.of()),
            cast("bilbao-city", VoteChoice.YES),
            cast("ripess", VoteChoice.NO),
            cast("avpn", VoteChoice.YES),
            cast("apay", VoteChoice.NO)
        };
        fixture.given(tied)
                .when(new CloseBallot(ID, VoteChoice.YES), chair())
                .expectNoEvents()
                .expectException(refused(Refusal.CASTING_VOTE_UNAVAILABLE));
        fixture.given(tied)
                .when(new CloseBallot(ID, null), secretariat())
                .expectEvents(new BallotClosed(
                        ID,
                        RESOLUTION,
                        BallotOutcome.FAILED,
                        new Tally(2, 2, 0),
                        CASTING,
                        5,
                        3,
                        4,
                        null,
                        ClosedBy.SECRETARIAT,
                        NOW,
                        BallotResultReason.TIE_NO_CASTING_VOTE_POSSIBLE,
                        DAY));
    }

    @Test
    void a_chair_represented_by_proxy_is_not_present_to_give_a_casting_vote() {
        fixture.given(
                        atMeeting(
                                CASTING,
                                List.of("seoul-city", "bilbao-city", "ripess", "avpn", "apay"),
                                Map.of("seoul-city", "ripess")),
                        cast("seoul-city", VoteChoice.YES),
                        cast("bilbao-city", VoteChoice.YES),
                        cast("ripess", VoteChoice.NO),
                        cast("avpn", VoteChoice.NO),
                        cast("apay", VoteChoice.ABSTAIN))
                .when(new CloseBallot(ID, VoteChoice.YES), chair())
                .expectException(refused(Refusal.CASTING_VOTE_UNAVAILABLE));
    }

    // --- cancellation and statements
    // -----------------------------------------------------------------------------------

    @Test
    void a_cancellation_decides_nothing_and_ends_the_voting() {
        fixture.given(written(SIMPLE), cast("ripess", VoteChoice.YES))
                .when(new CancelBallot(ID, "the subject was withdrawn from the agenda"), secretariat())
                .expectEvents(new BallotCancelled(
                        ID, RESOLUTION, "the subject was withdrawn from the agenda", ClosedBy.SECRETARIAT, NOW));
        BallotCancelled cancelled = new BallotCancelled(ID, RESOLUTION, "withdrawn", ClosedBy.CHAIR, EARLIER);
        fixture.given(written(SIMPLE), cancelled)
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "ballot-closed", "ripess", NOW));
        fixture.given(written(SIMPLE), cancelled)
                .when(new CloseBallot(ID, null), chair())
                .expectException(refused(Refusal.BALLOT_CLOSED));
    }

    @Test
    void the_chair_states_the_outcome_only_once_there_is_one() {
        Map<OfficialLanguage, String> statement = Map.of(
                OfficialLanguage.ENGLISH, "Adopted.",
                OfficialLanguage.FRENCH, "Adoptée.",
                OfficialLanguage.SPANISH, "Aprobada.");
        fixture.given(written(SIMPLE))
                .when(new RecordDecisionStatement(ID, statement), chair())
                .expectException(refused(Refusal.BALLOT_NOT_CLOSED));
        fixture.given(
                        written(SIMPLE),
                        closed(
                                BallotOutcome.PASSED,
                                BallotResultReason.MAJORITY_REACHED,
                                new Tally(3, 0, 0),
                                SIMPLE,
                                3,
                                3,
                                null,
                                ClosedBy.CHAIR))
                .when(new RecordDecisionStatement(ID, statement), chair())
                .expectEvents(new DecisionStatementRecorded(ID, statement, NOW));
    }

    // --- the count
    // ----------------------------------------------------------------------------------------------------

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
    void at_a_meeting_the_quorum_counts_the_seats_that_took_part_not_those_merely_present() {
        BallotCount chairAlone = BallotCount.of(
                SIMPLE,
                BallotProcedure.AT_MEETING,
                5,
                List.of("a", "b", "c", "d", "e"),
                Map.of("a", VoteChoice.YES),
                null,
                true);
        assertThat(chairAlone.quorumReached()).isEqualTo(1);
        assertThat(chairAlone.outcome())
                .as("one vote at a full meeting decides nothing")
                .isEqualTo(BallotOutcome.NO_QUORUM);
        assertThat(BallotCount.of(
                                SIMPLE,
                                BallotProcedure.AT_MEETING,
                                5,
                                List.of("a", "b", "c"),
                                Map.of("a", VoteChoice.YES, "b", VoteChoice.ABSTAIN, "c", VoteChoice.ABSTAIN),
                                null,
                                true)
                        .outcome())
                .isEqualTo(BallotOutcome.PASSED);
    }

    @Test
    void a_seat_established_anew_after_the_ballot_opened_does_not_vote_on_it() {
        Committee current = committee.current();
        current.on(new org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired(
                "ripess", "term ended", EARLIER, CommitteeRecords.EARLIER_DAY));
        current.on(new org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished(
                "ripess",
                "The applicant itself",
                null,
                org.gsef.governance.kernel.committee.SeatOffice.VICE_CHAIR,
                EARLIER,
                CommitteeRecords.EARLIER_DAY));
        committee.appoint("ripess", "ripess");
        fixture.given(written(SIMPLE))
                .when(vote("ripess", VoteChoice.YES), delegateOf("ripess"))
                .expectEvents(new VoteRefused(ID, "ripess", "not-entitled", "ripess", NOW));
    }

    @Test
    void a_ballot_is_settled_only_when_no_way_the_remaining_seats_vote_changes_its_outcome() {
        Map<String, VoteChoice> sevenYes = new java.util.HashMap<>();
        for (int seat = 0; seat < 7; seat++) {
            sevenYes.put("s" + seat, VoteChoice.YES);
        }
        assertThat(BallotCount.settled(SIMPLE, BallotProcedure.WRITTEN, 13, List.of(), sevenYes, 6, true))
                .as("7 yes of 13: the other 6 cannot outvote them")
                .isTrue();
        Map<String, VoteChoice> sixYes = new java.util.HashMap<>(sevenYes);
        sixYes.remove("s0");
        assertThat(BallotCount.settled(SIMPLE, BallotProcedure.WRITTEN, 13, List.of(), sixYes, 7, true))
                .as("6 yes of 13: 7 noes would win")
                .isFalse();
        assertThat(BallotCount.settled(SIMPLE, BallotProcedure.WRITTEN, 5, List.of(), Map.of(), 5, true))
                .as("nobody voted yet")
                .isFalse();
        assertThat(BallotCount.settled(
                        SIMPLE, BallotProcedure.AT_MEETING, 5, List.of("a", "b"), Map.of("a", VoteChoice.YES), 1, true))
                .as("no quorum at the meeting, whatever the votes")
                .isTrue();
    }

    /** Matches the refusal a {@link RuleViolation} names. */
    static Matcher<RuleViolation> refused(Refusal refusal) {
        return new CustomTypeSafeMatcher<>("refused as " + refusal) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.refusal() == refusal;
            }
        };
    }

    private static BallotCount count(VotingRule rule, Map<String, VoteChoice> votes) {
        return BallotCount.of(rule, BallotProcedure.WRITTEN, 5, List.of(), votes, null, true);
    }
}
