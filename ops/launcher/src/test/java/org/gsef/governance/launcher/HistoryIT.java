package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail, an entity's timeline, streamed exports, and the record as it stood at a past instant. */
@SingleNodeOnPostgres
class HistoryIT {

    @LocalServerPort
    int port;

    @Test
    void the_trail_says_who_did_what_and_streams_as_json_lines_and_csv() {
        Api secretariat = new Api(port).as("secretariat");
        Api auditor = new Api(port).as("auditor");
        String lyon = Governance.submitted(secretariat, Applications.submission("Ville de Lyon", "FR", "Lyon"));
        expect(202, secretariat.post(Applications.PATH + "/" + lyon + "/review", ""));

        JsonNode timeline = Eventually.await(
                        () -> auditor.get("/api/audit/entities/" + lyon + "/timeline"),
                        r -> r.status() == 200 && r.json().get("entries").size() == 2)
                .json()
                .get("entries");
        JsonNode submitted = timeline.get(0);
        assertThat(submitted.get("eventType").asString()).isEqualTo("MembershipApplicationSubmitted");
        assertThat(submitted.get("entityType").asString()).isEqualTo("MembershipApplication");
        assertThat(submitted.get("entityVersion").asLong()).isZero();
        assertThat(submitted.get("actorId").asString()).isEqualTo("secretariat");
        assertThat(submitted.get("actorRoles").asString()).contains("SECRETARIAT");
        assertThat(submitted.get("commandName").asString()).isEqualTo("SubmitMembershipApplication");
        assertThat(submitted.get("correlationId").asString()).isNotBlank();
        assertThat(submitted.get("causationId").asString())
                .isEqualTo(submitted.get("commandId").asString());
        assertThat(submitted.get("content").get("organisation").get("name").asString())
                .isEqualTo("Ville de Lyon");
        JsonNode reviewed = timeline.get(1);
        assertThat(reviewed.get("commandName").asString()).isEqualTo("CompleteApplicationReview");
        assertThat(reviewed.get("position").asLong())
                .isGreaterThan(submitted.get("position").asLong());

        Api.Response jsonLines = auditor.get("/api/audit/trail/export?format=jsonl&entity=" + lyon);
        assertThat(jsonLines.status()).isEqualTo(200);
        List<String> lines = jsonLines.body().lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(lines.get(1)).get("eventId").asString())
                .isEqualTo(reviewed.get("eventId").asString());

        Api.Response csv =
                auditor.get("/api/audit/trail/export?format=csv&actor=secretariat&type=MembershipApplication");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.getFirst()).startsWith("position,eventId,occurredAt,entityId");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains(submitted.get("eventId").asString(), "\"{\"\"applicationId\"\":");

        JsonNode page = auditor.get("/api/audit/trail?limit=1").json();
        assertThat(page.get("entries")).hasSize(1);
        JsonNode next = auditor.get(
                        "/api/audit/trail?limit=1&after=" + page.get("next").asLong())
                .json();
        assertThat(next.get("entries").get(0).get("position").asLong())
                .isGreaterThan(page.get("entries").get(0).get("position").asLong());

        Api.Response malformed = auditor.inLanguage("fr").get("/api/audit/trail?from=yesterday");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(auditor.get("/api/audit/trail/export?format=xml").status()).isEqualTo(400);
        assertThat(new Api(port).as("bilbao-city").get("/api/audit/trail").status())
                .isEqualTo(403);
    }

    @Test
    void the_member_register_entities_and_decisions_read_as_they_stood_at_a_past_instant() throws Exception {
        Api api = new Api(port);
        Api secretariat = api.as("secretariat");
        Api auditor = api.as("auditor");
        Governance.establishCommittee(api);
        String member =
                secretariat.post("/api/members/imports", """
                        {"organisationName": "Ville de Bilbao", "kind": "LOCAL_GOVERNMENT", "country": "ES",
                         "region": "EUROPE", "city": "Bilbao", "preferredLanguage": "SPANISH",
                         "admittedOn": "2016-09-07", "source": "2019 member list"}""").json().get("id").asString();
        Eventually.await(() -> auditor.get("/api/audit/entities/" + member), r -> r.status() == 200);
        JsonNode counted = Eventually.await(
                        () -> auditor.get("/api/members/count"),
                        r -> r.json().get("active").asLong() == 1)
                .json();
        assertThat(counted.get("byKind").get("LOCAL_GOVERNMENT").asLong()).isEqualTo(1);
        assertThat(counted.get("byCountry").get("ES").asLong()).isEqualTo(1);
        Api.Response table = auditor.withHeader("Accept", "text/csv").get("/api/members");
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.contentType()).startsWith("text/csv");
        List<String> rows = table.body().lines().toList();
        assertThat(rows).as("a header and one row per member").hasSize(2);
        assertThat(rows.getFirst()).startsWith("memberId,organisationName,");
        assertThat(rows.get(1)).contains("Ville de Bilbao", "2016-09-07");
        assertThat(auditor.withHeader("Accept", "text/csv")
                        .get("/api/activities")
                        .body())
                .as("an empty table still names its columns")
                .startsWith("activityId,");
        assertThat(auditor.get("/api/members").contentType())
                .as("JSON unless CSV is asked for")
                .startsWith("application/json");
        Thread.sleep(20);
        Instant beforeSuspension = Instant.now();
        Thread.sleep(20);
        expect(202, secretariat.post("/api/members/" + member + "/suspension", """
                {"reason": "dues unpaid", "effectiveOn": "2019-06-01"}"""));

        JsonNode then = auditor.get("/api/audit/member-register?asOf=" + beforeSuspension)
                .json();
        assertThat(status(then, member)).isEqualTo("ACTIVE");
        assertThat(then.get("byRegion").get("EUROPE").asLong()).isEqualTo(1);
        JsonNode now = Eventually.await(
                        () -> auditor.get("/api/audit/member-register"),
                        r -> status(r.json(), member).equals("SUSPENDED"))
                .json();
        assertThat(now.get("active").asLong()).isEqualTo(then.get("active").asLong() - 1);
        assertThat(status(
                        auditor.get("/api/audit/member-register?on=2019-05-31").json(), member))
                .as("the suspension takes effect on 1 June 2019")
                .isEqualTo("ACTIVE");
        assertThat(status(
                        auditor.get("/api/audit/member-register?on=2016-01-01").json(), member))
                .as("not yet a member before its admission")
                .isEqualTo("absent");

        JsonNode growth =
                auditor.get("/api/members/growth?from=2016-08&to=2019-07").json();
        assertThat(growth).hasSize(36);
        assertThat(growth.get(0).get("on").asString()).isEqualTo("2016-08-31");
        assertThat(growth.get(0).get("active").asLong())
                .as("before its admission")
                .isZero();
        assertThat(growth.get(1).get("active").asLong())
                .as("admitted on 7 September 2016")
                .isEqualTo(1);
        assertThat(growth.get(33).get("on").asString()).isEqualTo("2019-05-31");
        assertThat(growth.get(33).get("active").asLong()).isEqualTo(1);
        assertThat(growth.get(34).get("active").asLong())
                .as("suspended from 1 June 2019")
                .isZero();
        assertThat(auditor.get("/api/members/growth?from=2019-07&to=2019-01").status())
                .isEqualTo(400);

        JsonNode entityThen = auditor.get("/api/audit/entities/" + member + "?asOf=" + beforeSuspension)
                .json();
        assertThat(entityThen.get("lastEventType").asString()).isEqualTo("MemberImported");
        assertThat(entityThen.get("version").asLong()).isZero();
        JsonNode entityNow =
                auditor.get("/api/audit/entities/" + member + "?history=true").json();
        assertThat(entityNow.get("lastEventType").asString()).isEqualTo("MemberSuspended");
        assertThat(entityNow.get("state").get("reason").asString()).isEqualTo("dues unpaid");
        assertThat(entityNow.get("state").get("organisation").get("name").asString())
                .isEqualTo("Ville de Bilbao");
        assertThat(entityNow.get("history")).hasSize(2);
        assertThat(auditor.get("/api/audit/entities/" + member).json().has("history"))
                .isFalse();
        assertThat(auditor.get("/api/audit/entities/" + member + "?asOf=2000-01-01T00:00:00Z")
                        .status())
                .isEqualTo(404);

        Api.Response opened = api.as("chair").post("/api/ballots", """
                {"type": "RESOLUTION", "title": "Adopt the GSEF2020 theme", "procedure": "WRITTEN",
                 "closesAt": "%s"}""".formatted(Governance.writtenDeadline()));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();
        for (String seat : List.of("seoul-city", "bilbao-city", "ripess")) {
            expect(202, Governance.vote(api, Governance.delegateOf(seat), ballot, seat, "YES"));
        }
        Thread.sleep(20);
        Instant beforeClosing = Instant.now();
        Thread.sleep(20);
        expect(202, api.as("chair").post("/api/ballots/" + ballot + "/closing", ""));
        assertThat(ballots(auditor.get("/api/audit/decisions?asOf=" + beforeClosing)
                        .json()))
                .doesNotContain(ballot);
        JsonNode decisions = auditor.get("/api/audit/decisions").json();
        assertThat(ballots(decisions)).contains(ballot);
        JsonNode decision = decisions.get(ballots(decisions).indexOf(ballot));
        assertThat(decision.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(decision.get("tally").get("yes").asInt()).isEqualTo(3);
    }

    private static String status(JsonNode register, String member) {
        for (JsonNode entry : register.get("members")) {
            if (entry.get("memberId").asString().equals(member)) {
                return entry.get("status").asString();
            }
        }
        return "absent";
    }

    private static List<String> ballots(JsonNode decisions) {
        List<String> ids = new ArrayList<>();
        assertThat(decisions.isArray()).as(decisions.toString()).isTrue();
        decisions.forEach(decision -> ids.add(decision.get("ballotId").asString()));
        return ids;
    }
}
