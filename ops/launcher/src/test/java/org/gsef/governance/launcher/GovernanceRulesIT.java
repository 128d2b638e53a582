package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;
import static org.gsef.governance.launcher.Governance.vote;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Committee's rules as a determined user would try to bend them, through the HTTP API of the single-node run on
 * PostgreSQL: the chair alone, votes after the deadline, a replaced delegate, a tie without the chair, a reused
 * idempotency key, a flood of refused attempts, and the register of decisions against the audit's. Deadlines are
 * never processed here (the scheduler looks once an hour), so the deadline must bind the vote by itself; a written
 * resolution may close after a second.
 */
@SingleNodeOnPostgres(
        properties = {"gsef.deadlines.polling-interval=1h", "gsef.governance.minimum-written-periods.resolution=PT1S"})
class GovernanceRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    Api api;

    @BeforeEach
    void committee() {
        api = new Api(port);
        Governance.establishCommittee(api);
    }

    @Test
    void the_chair_alone_can_neither_choose_a_rule_nor_close_before_the_other_seats_could_decide() {
        String application = Governance.reviewedApplication(api, "Ciudad de Rosario", "AR", "Rosario");
        String path = Applications.PATH + "/" + application + "/ballot";
        Api chair = api.as("chair");
        Api.Response ownRule = chair.post(path, """
                {"procedure": "WRITTEN", "closesAt": "%s",
                 "rule": {"quorum": "NONE", "majority": "SIMPLE_MAJORITY_OF_VOTES_CAST", "tie": "FAILS"}}""".formatted(Governance.writtenDeadline()));
        assertThat(ownRule.status()).as("no request chooses a ballot's rule").isEqualTo(400);

        Api.Response opened = chair.post(path, """
                {"procedure": "WRITTEN", "closesAt": "%s"}""".formatted(Governance.writtenDeadline()));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();
        JsonNode stated = awaitBallot(ballot, b -> true);
        assertThat(stated.get("rule").get("quorum").asString()).isEqualTo("MAJORITY_OF_SEATS");
        assertThat(stated.get("ruleAdoptedBy").isNull())
                .as("the initial standing rule")
                .isTrue();
        assertThat(countEvents("steering-committee", "%StandingRulesRecorded"))
                .as("the standing rules are in the Committee's history before the first ballot of their type opens")
                .isEqualTo(1);

        expect(202, vote(api, "chair", ballot, "seoul-city", "YES"));
        Api.Response closing = chair.post("/api/ballots/" + ballot + "/closing", "");
        assertThat(closing.status()).isEqualTo(409);
        assertThat(closing.json().get("code").asString()).isEqualTo("rule.outcome-not-settled");
        assertThat(countEvents(ballot, "%BallotClosed")).isZero();
        assertThat(api.as("auditor")
                        .get(Applications.PATH + "/" + application)
                        .json()
                        .get("status")
                        .asString())
                .isNotEqualTo("ADMITTED");
    }

    @Test
    void a_meeting_ballot_cannot_be_given_a_deadline_to_close_it_early_nor_a_proxy_givers_own_delegate_vote()
            throws Exception {
        String meeting = meeting(Governance.SEATS.subList(0, 4));
        expect(202, api.as(Governance.delegateOf("apay")).post("/api/meetings/" + meeting + "/proxies", """
                {"fromSeat": "apay", "toSeat": "avpn"}"""));
        String ballot = resolutionAtMeeting("Move the secretariat", meeting);
        expect(202, vote(api, "ripess", ballot, "ripess", "YES"));
        Api.Response extended = api.as("chair").post("/api/ballots/" + ballot + "/deadline-extensions", """
                {"closesAt": "%s", "reason": "time is up"}""".formatted(
                        Instant.now().plusSeconds(2)));
        assertThat(extended.status()).isEqualTo(409);
        assertThat(extended.json().get("code").asString()).isEqualTo("rule.no-deadline");
        Thread.sleep(3000);
        assertThat(countEvents(ballot, "%BallotClosed"))
                .as("one yes of five present closes nothing")
                .isZero();

        Api.Response ownVote = vote(api, Governance.delegateOf("apay"), ballot, "apay", "NO");
        assertThat(ownVote.status())
                .as("a seat that gave its proxy votes through its holder only")
                .isEqualTo(403);
        expect(202, vote(api, Governance.delegateOf("avpn"), ballot, "apay", "YES"));
    }

    @Test
    void the_chair_alone_cannot_fill_a_meeting_nor_decide_at_one_nor_change_the_rules_there() throws Exception {
        String meeting = meeting(Governance.SEATS);
        Api chair = api.as("chair");
        assertThat(chair.send("PUT", "/api/meetings/" + meeting + "/attendance/ripess", "{\"present\": false}")
                        .status())
                .as("attendance is the Secretariat's record")
                .isEqualTo(403);
        Api.Response ruleChange =
                chair.post("/api/ballots", """
                {"type": "STANDING_RULES_CHANGE", "title": "No quorum for rule changes", "procedure": "AT_MEETING",
                 "meetingId": "%s", "closesAt": "%s",
                 "ruleChange": {"appliesTo": "STANDING_RULES_CHANGE",
                                "rule": {"voting": {"quorum": "NONE", "majority": "SIMPLE_MAJORITY_OF_VOTES_CAST",
                                                    "tie": "FAILS"}, "minimumWrittenPeriod": "PT0S"}}}""".formatted(meeting, Instant.now().plusSeconds(3)));
        assertThat(ruleChange.json().get("code").asString()).isEqualTo("rule.rule-change-by-written-procedure");
        Api.Response emptied =
                chair.post("/api/ballots", """
                {"type": "STANDING_RULES_CHANGE", "title": "No quorum for rule changes", "procedure": "WRITTEN",
                 "closesAt": "%s",
                 "ruleChange": {"appliesTo": "STANDING_RULES_CHANGE",
                                "rule": {"voting": {"quorum": "NONE", "majority": "SIMPLE_MAJORITY_OF_VOTES_CAST",
                                                    "tie": "FAILS"}, "minimumWrittenPeriod": "PT0S"}}}""".formatted(Instant.now().plus(Duration.ofDays(15))));
        assertThat(emptied.json().get("code").asString()).isEqualTo("rule.standing-rule-below-floor");

        Instant deadline = Instant.now().plusSeconds(3);
        Api.Response opened = chair.post("/api/ballots", """
                {"type": "RESOLUTION", "title": "Move the forum to another city", "procedure": "AT_MEETING",
                 "meetingId": "%s", "closesAt": "%s"}""".formatted(meeting, deadline));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();
        expect(202, vote(api, "chair", ballot, "seoul-city", "YES"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 200);
        expect(202, chair.post("/api/ballots/" + ballot + "/closing", ""));
        JsonNode closed = awaitBallot(ballot, b -> b.get("status").asString().equals("CLOSED"));
        assertThat(closed.get("outcome").asString())
                .as("one vote at a meeting of five present: presence is not taking part")
                .isEqualTo("NO_QUORUM");
        assertThat(api.as("secretariat")
                        .send("PUT", "/api/committee/seats/ripess/delegate", "{\"delegateUserId\": \"avpn\"}")
                        .json()
                        .get("code")
                        .asString())
                .as("one person, one seat")
                .isEqualTo("rule.delegate-of-another-seat");
    }

    @Test
    void a_vote_or_change_at_or_after_the_deadline_is_refused_recorded_and_not_counted() throws Exception {
        Instant deadline = Instant.now().plusSeconds(3);
        String ballot = resolution("Hold the fourth quarter meeting in Bilbao", deadline);
        expect(202, vote(api, "ripess", ballot, "ripess", "YES"));
        expect(202, vote(api, "bilbao-city", ballot, "bilbao-city", "YES"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 200);

        Api.Response late = vote(api, "avpn", ballot, "avpn", "YES");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("rule.deadline-passed");
        assertThat(vote(api, "ripess", ballot, "ripess", "NO").status())
                .as("a change after the deadline")
                .isEqualTo(409);
        assertThat(countEvents(ballot, "%VoteRefused")).isEqualTo(2);

        expect(202, api.as("secretariat").post("/api/ballots/" + ballot + "/closing", ""));
        JsonNode closed = awaitBallot(ballot, b -> b.get("status").asString().equals("CLOSED"));
        assertThat(closed.get("tally").toString()).isEqualTo("{\"yes\":2,\"no\":0,\"abstain\":0}");
        assertThat(closed.get("outcome").asString())
                .as("two votes of five: the quorum of three was missed")
                .isEqualTo("NO_QUORUM");
        assertThat(closed.get("resultReason").asString()).isEqualTo("QUORUM_NOT_REACHED");
    }

    @Test
    void a_replaced_delegate_is_refused_and_recorded_and_the_seats_earlier_vote_stands() {
        String ballot = resolution("Adopt the 2020 program of activities", Governance.writtenDeadline());
        expect(202, vote(api, "ripess", ballot, "ripess", "YES"));
        try {
            Governance.appoint(api, "ripess", "locality");
            Api.Response replaced = vote(api, "ripess", ballot, "ripess", "NO");
            assertThat(replaced.status()).isEqualTo(403);
            assertThat(replaced.json().get("code").asString()).isEqualTo("forbidden.not-delegate-of-seat");
            assertThat(countEvents(ballot, "%VoteRefused")).isEqualTo(1);
            JsonNode kept = awaitBallot(ballot, b -> b.get("refusedAttempts").asInt() == 1);
            assertThat(kept.get("votes").get(0).get("choice").asString()).isEqualTo("YES");

            expect(202, vote(api, "locality", ballot, "ripess", "NO"));
            JsonNode changed = awaitBallot(ballot, b -> b.get("tally").get("no").asInt() == 1);
            assertThat(changed.get("votes").get(0).get("changes").asInt()).isEqualTo(1);
        } finally {
            Governance.appoint(api, "ripess", "ripess");
        }
    }

    @Test
    void a_tie_at_a_meeting_without_the_chair_fails_and_says_why_while_a_present_chair_breaks_one() {
        String absentChair = meeting(List.of("bilbao-city", "ripess", "avpn", "apay"));
        String tied = resolutionAtMeeting("Move the Secretariat's office", absentChair);
        tie(tied, List.of("bilbao-city", "ripess", "avpn", "apay"));
        Api.Response casting = api.as("chair").post("/api/ballots/" + tied + "/closing", """
                {"castingVote": "YES"}""");
        assertThat(casting.status()).isEqualTo(409);
        assertThat(casting.json().get("code").asString()).isEqualTo("rule.casting-vote-unavailable");
        expect(202, api.as("secretariat").post("/api/ballots/" + tied + "/closing", ""));
        JsonNode failed = awaitBallot(tied, b -> b.get("status").asString().equals("CLOSED"));
        assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(failed.get("resultReason").asString()).isEqualTo("TIE_NO_CASTING_VOTE_POSSIBLE");

        String withChair = meeting(Governance.SEATS.subList(0, 5));
        String broken = resolutionAtMeeting("Open a regional office in Africa", withChair);
        tie(broken, List.of("seoul-city", "bilbao-city", "ripess", "avpn"));
        expect(202, vote(api, "apay", broken, "apay", "ABSTAIN"));
        Api.Response secretariat = api.as("secretariat").post("/api/ballots/" + broken + "/closing", "");
        assertThat(secretariat.json().get("code").asString()).isEqualTo("rule.casting-vote-required");
        Api.Response notTheChair = api.as("ripess").post("/api/ballots/" + broken + "/closing", """
                {"castingVote": "NO"}""");
        assertThat(notTheChair.status()).isEqualTo(403);
        expect(202, api.as("chair").post("/api/ballots/" + broken + "/closing", """
                {"castingVote": "YES"}"""));
        JsonNode passed = awaitBallot(broken, b -> b.get("status").asString().equals("CLOSED"));
        assertThat(passed.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(passed.get("resultReason").asString()).isEqualTo("TIE_BROKEN_BY_CASTING_VOTE");
    }

    @Test
    void a_conflict_the_secretariat_declares_recuses_the_seat() {
        String application = Governance.reviewedApplication(api, "Ville de Rabat", "MA", "Rabat");
        expect(202, api.as("secretariat").post("/api/committee/conflicts", """
                {"seat": "avpn", "referenceId": "%s", "reason": "its delegate advised the applicant"}""".formatted(application)));
        assertThat(api.as("chair")
                        .post("/api/committee/conflicts", """
                        {"seat": "ripess", "referenceId": "%s", "reason": "no"}""".formatted(application))
                        .status())
                .isEqualTo(403);
        String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        JsonNode opened = awaitBallot(ballot, b -> true);
        assertThat(opened.get("recused").toString()).isEqualTo("[\"avpn\"]");
        Api.Response recused = vote(api, "avpn", ballot, "avpn", "YES");
        assertThat(recused.json().get("code").asString()).isEqualTo("forbidden.recused");
        JsonNode conflicts = Eventually.await(
                () -> api.as("auditor")
                        .get("/api/committee/conflicts?referenceId=" + application)
                        .json(),
                declared -> declared.size() == 1);
        assertThat(conflicts.get(0).get("seat").asString()).isEqualTo("avpn");
    }

    @Test
    void the_register_lists_every_closed_ballot_as_the_audit_does_with_the_chairs_statement() {
        String resolution = resolution("Adopt the GSEF2020 budget", Governance.writtenDeadline());
        for (String seat : List.of("seoul-city", "bilbao-city", "ripess")) {
            expect(202, vote(api, Governance.delegateOf(seat), resolution, seat, "YES"));
        }
        expect(202, api.as("chair").post("/api/ballots/" + resolution + "/closing", ""));
        String application = Governance.reviewedApplication(api, "Ville de Grenoble", "FR", "Grenoble");
        String admission = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        for (String seat : List.of("bilbao-city", "ripess", "avpn")) {
            expect(202, vote(api, seat, admission, seat, "NO"));
        }
        expect(202, api.as("secretariat").post("/api/ballots/" + admission + "/closing", ""));

        Api.Response open = api.as("chair").send("PUT", "/api/ballots/" + resolutionStillOpen() + "/statement", """
                {"en": "Not yet."}""");
        assertThat(open.json().get("code").asString()).isEqualTo("rule.ballot-not-closed");
        assertThat(api.as("ripess")
                        .send("PUT", "/api/ballots/" + resolution + "/statement", "{\"en\": \"Mine.\"}")
                        .status())
                .as("only the chair states an outcome")
                .isEqualTo(403);
        expect(202, api.as("chair").send("PUT", "/api/ballots/" + resolution + "/statement", """
                {"en": "The budget is adopted.", "fr": "Le budget est adopté.", "es": "El presupuesto queda aprobado."}"""));

        Api auditor = api.as("auditor");
        JsonNode register = Eventually.await(
                () -> auditor.get("/api/committee/decisions").json(),
                decisions -> ids(decisions).containsAll(List.of(resolution, admission))
                        && statementOf(decisions, resolution) != null
                        && new TreeSet<>(ids(decisions))
                                .equals(new TreeSet<>(
                                        ids(auditor.get("/api/audit/decisions").json()))));
        JsonNode adopted = entry(register, resolution);
        assertThat(adopted.get("decisionType").asString()).isEqualTo("RESOLUTION");
        assertThat(adopted.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(adopted.get("reason").asString()).isEqualTo("MAJORITY_REACHED");
        assertThat(adopted.get("rule").get("tie").asString()).isEqualTo("CHAIR_CASTING_VOTE");
        assertThat(adopted.get("quorumRequired").asInt()).isEqualTo(3);
        assertThat(adopted.get("quorumReached").asInt()).isEqualTo(3);
        assertThat(adopted.get("procedure").asString()).isEqualTo("WRITTEN");
        assertThat(adopted.get("closedAt").asString()).isNotBlank();
        assertThat(adopted.get("history").asString()).isEqualTo("/api/audit/entities/" + resolution + "/timeline");
        assertThat(adopted.get("statement").get("FRENCH").asString()).isEqualTo("Le budget est adopté.");
        JsonNode rejected = entry(register, admission);
        assertThat(rejected.get("decisionType").asString()).isEqualTo("ADMISSION");
        assertThat(rejected.get("outcome").asString()).isEqualTo("FAILED");

        Set<String> audit =
                new TreeSet<>(ids(auditor.get("/api/audit/decisions").json()));
        assertThat(new TreeSet<>(ids(register)))
                .as("the register and the audit's list of decisions name the same ballots")
                .isEqualTo(audit);
    }

    @Test
    void one_idempotency_key_on_two_ballots_answers_422_for_the_second_and_records_nothing() {
        String first = resolution("Publish the 2019 annual report", Governance.writtenDeadline());
        String second = resolution("Publish the 2019 accounts", Governance.writtenDeadline());
        Api keyed = api.withHeader("Idempotency-Key", "vote-once-" + first);
        expect(202, vote(keyed, "ripess", first, "ripess", "YES"));
        Api.Response reused = vote(keyed, "ripess", second, "ripess", "YES");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("rule.idempotency-key-reused");
        assertThat(countEvents(second, "%Vote%")).isZero();
        Api.Response otherBody = vote(keyed, "ripess", first, "ripess", "NO");
        assertThat(otherBody.status()).as("the same key with another body").isEqualTo(422);
        expect(202, vote(keyed, "ripess", first, "ripess", "YES"));
        assertThat(countEvents(first, "%VoteCast")).isEqualTo(1);
        assertThat(countEvents(first, "%VoteChanged")).isZero();
    }

    @Test
    void a_seats_repeated_refused_attempts_are_recorded_three_times_then_answered_429_without_a_record() {
        String ballot = resolution("Admit observers to the meetings", Governance.writtenDeadline());
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            statuses.add(vote(api, "ripess", ballot, "bilbao-city", "YES").status());
        }
        assertThat(statuses).containsExactly(403, 403, 403, 429, 429, 429);
        assertThat(countEvents(ballot, "%VoteRefused")).isEqualTo(3);
        assertThat(vote(api, "ripess", ballot, "ripess", "YES").status())
                .as("the seat still votes for itself")
                .isEqualTo(202);
    }

    @Test
    void a_deadline_is_extended_before_it_passes_and_a_cancelled_admission_ballot_decides_nothing() {
        Instant deadline = Governance.writtenDeadline().truncatedTo(ChronoUnit.MILLIS);
        String ballot = resolution("Extend the call for the youth camp", deadline);
        Api chair = api.as("chair");
        Instant later = deadline.plus(Duration.ofDays(3));
        assertThat(chair.post("/api/ballots/" + ballot + "/deadline-extensions", """
                                {"closesAt": "%s", "reason": "two seats asked for time"}""".formatted(
                                        deadline.minusSeconds(60)))
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("rule.deadline-not-later");
        assertThat(api.as("ripess")
                        .post("/api/ballots/" + ballot + "/deadline-extensions", """
                                {"closesAt": "%s", "reason": "mine"}""".formatted(later))
                        .status())
                .isEqualTo(403);
        expect(202, chair.post("/api/ballots/" + ballot + "/deadline-extensions", """
                {"closesAt": "%s", "reason": "two seats asked for time"}""".formatted(later)));
        JsonNode extended = awaitBallot(
                ballot, b -> Instant.parse(b.get("closesAt").asString()).equals(later));
        assertThat(extended.get("status").asString()).isEqualTo("OPEN");

        String application = Governance.reviewedApplication(api, "Ville de Nantes", "FR", "Nantes");
        String admission = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        expect(202, api.as("secretariat").post("/api/ballots/" + admission + "/cancellation", """
                {"reason": "the applicant's council has not yet confirmed its request"}"""));
        JsonNode cancelled =
                awaitBallot(admission, b -> b.get("status").asString().equals("CANCELLED"));
        assertThat(cancelled.get("outcome").isNull()).isTrue();
        assertThat(vote(api, "ripess", admission, "ripess", "YES").status()).isEqualTo(409);
        Eventually.await(
                () -> api.as("auditor").get(Applications.PATH + "/" + application),
                r -> r.json().get("status").asString().equals("REVIEWED"));
        assertThat(ids(api.as("auditor").get("/api/committee/decisions").json()))
                .as("a cancellation decides nothing")
                .doesNotContain(admission);
        String again = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        assertThat(again).isNotEqualTo(admission);
    }

    @Test
    void the_standing_rules_change_only_by_a_committee_decision_under_the_rule_for_rule_changes() {
        String change = """
                {"type": "STANDING_RULES_CHANGE", "title": "Two thirds for the appointment of advisors",
                 "procedure": "WRITTEN", "closesAt": "%s",
                 "ruleChange": {"appliesTo": "ADVISOR_APPOINTMENT",
                                "rule": {"voting": {"quorum": "TWO_THIRDS_OF_SEATS",
                                                    "majority": "TWO_THIRDS_OF_VOTES_CAST", "tie": "FAILS"},
                                         "minimumWrittenPeriod": "P10D"}}}""";
        Api chair = api.as("chair");
        Api.Response tooShort = chair.post("/api/ballots", change.formatted(Governance.writtenDeadline()));
        assertThat(tooShort.json().get("code").asString())
                .as("a written procedure on the standing rules stays open 14 days at the least")
                .isEqualTo("rule.written-period-too-short");
        Api.Response opened =
                chair.post("/api/ballots", change.formatted(Instant.now().plus(Duration.ofDays(15))));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();
        JsonNode stated = awaitBallot(ballot, b -> true);
        assertThat(stated.get("rule").get("majority").asString())
                .as("decided under the rule for rule changes")
                .isEqualTo("TWO_THIRDS_OF_VOTES_CAST");
        for (String seat : Governance.SEATS) {
            expect(202, vote(api, Governance.delegateOf(seat), ballot, seat, "YES"));
        }
        expect(202, chair.post("/api/ballots/" + ballot + "/closing", ""));
        Eventually.await(() -> countEvents("steering-committee", "%StandingRuleAdopted"), adopted -> adopted == 1);

        String advisor = """
                {"type": "ADVISOR_APPOINTMENT", "title": "Appoint an advisor from the ILO", "procedure": "WRITTEN",
                 "closesAt": "%s"}""";
        assertThat(chair.post("/api/ballots", advisor.formatted(Governance.writtenDeadline()))
                        .json()
                        .get("code")
                        .asString())
                .as("the adopted minimum period of ten days")
                .isEqualTo("rule.written-period-too-short");
        Api.Response appointment =
                chair.post("/api/ballots", advisor.formatted(Instant.now().plus(Duration.ofDays(11))));
        expect(201, appointment);
        JsonNode underNewRule = awaitBallot(appointment.json().get("id").asString(), b -> true);
        assertThat(underNewRule.get("rule").get("quorum").asString()).isEqualTo("TWO_THIRDS_OF_SEATS");
        assertThat(underNewRule.get("ruleAdoptedBy").asString()).isEqualTo(ballot);
        JsonNode rules = Eventually.await(
                () -> api.as("auditor").get("/api/committee/standing-rules").json(),
                all -> all.size() == 6
                        && ruleOf(all, "ADVISOR_APPOINTMENT").get("adoptedBy").isString());
        assertThat(ruleOf(rules, "ADVISOR_APPOINTMENT").get("adoptedBy").asString())
                .isEqualTo(ballot);
        assertThat(ruleOf(rules, "ADVISOR_APPOINTMENT")
                        .get("minimumWrittenPeriod")
                        .asString())
                .isEqualTo("PT240H");
        assertThat(ruleOf(rules, "ADMISSION").get("adoptedBy").isNull()).isTrue();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private String resolution(String title, Instant closesAt) {
        Api.Response opened = api.as("chair").post("/api/ballots", """
                {"type": "RESOLUTION", "title": "%s", "procedure": "WRITTEN", "closesAt": "%s"}""".formatted(title, closesAt));
        expect(201, opened);
        return opened.json().get("id").asString();
    }

    private String resolutionStillOpen() {
        return resolution("An open question", Governance.writtenDeadline());
    }

    private String meeting(List<String> present) {
        Api secretariat = api.as("secretariat");
        Api.Response scheduled = secretariat.post("/api/meetings", """
                {"title": "Steering Committee conference call", "startsOn": "2019-10-14", "endsOn": "2019-10-18",
                 "format": "ONLINE", "location": "Online", "agenda": ["Resolutions"]}""");
        expect(201, scheduled);
        String meeting = scheduled.json().get("id").asString();
        for (String seat : present) {
            expect(
                    202,
                    secretariat.send("PUT", "/api/meetings/" + meeting + "/attendance/" + seat, "{\"present\": true}"));
        }
        return meeting;
    }

    private String resolutionAtMeeting(String title, String meeting) {
        Api.Response opened = api.as("chair").post("/api/ballots", """
                {"type": "RESOLUTION", "title": "%s", "procedure": "AT_MEETING", "meetingId": "%s"}""".formatted(title, meeting));
        expect(201, opened);
        return opened.json().get("id").asString();
    }

    /** Half the seats yes, half no. */
    private void tie(String ballot, List<String> seats) {
        for (int i = 0; i < seats.size(); i++) {
            String seat = seats.get(i);
            expect(202, vote(api, Governance.delegateOf(seat), ballot, seat, i % 2 == 0 ? "YES" : "NO"));
        }
    }

    private JsonNode awaitBallot(String ballot, java.util.function.Predicate<JsonNode> done) {
        Api auditor = api.as("auditor");
        return Eventually.await(
                        () -> auditor.get("/api/ballots/" + ballot), r -> r.status() == 200 && done.test(r.json()))
                .json();
    }

    private static List<String> ids(JsonNode decisions) {
        List<String> ids = new ArrayList<>();
        decisions.forEach(decision -> ids.add(decision.get("ballotId").asString()));
        return ids;
    }

    private static JsonNode entry(JsonNode decisions, String ballot) {
        for (JsonNode decision : decisions) {
            if (decision.get("ballotId").asString().equals(ballot)) {
                return decision;
            }
        }
        throw new AssertionError(ballot + " is not in " + decisions);
    }

    private static JsonNode ruleOf(JsonNode rules, String type) {
        for (JsonNode rule : rules) {
            if (rule.get("decisionType").asString().equals(type)) {
                return rule;
            }
        }
        throw new AssertionError(type + " is not in " + rules);
    }

    private static String statementOf(JsonNode decisions, String ballot) {
        for (JsonNode decision : decisions) {
            if (decision.get("ballotId").asString().equals(ballot)
                    && decision.get("statement").has("FRENCH")) {
                return decision.get("statement").get("FRENCH").asString();
            }
        }
        return null;
    }

    private int countEvents(String aggregate, String payloadType) {
        return database.countEvents(aggregate, payloadType);
    }
}
