package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The 2019 record as a newcomer's run loads it (the seed file and the demo on start), on PostgreSQL: the register by the
 * effective dates of 2019 from its opening balance, the plan judged in its own period and as of any day, the sources'
 * contradictions kept until the Secretariat resolves them, and the seed imported again changing nothing.
 */
@SingleNodeOnPostgres(properties = {"gsef.seed.load-on-start=true", "gsef.demo-data=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Record2019IT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    static String seedId(String type, String key) {
        return UUID.nameUUIDFromBytes(("gsef-seed:" + type + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * 49 members on 1 January 2019, 13 of them named; Liverpool City Region admitted at the April meeting, with effect
     * on 25 April 2019 although the demo records it today.
     */
    @Test
    @Order(1)
    void the_register_counts_2019_month_by_month_from_its_opening_balance_by_effective_dates() {
        Api auditor = new Api(port).as("auditor");
        JsonNode count = Eventually.await(
                        () -> auditor.get("/api/members/count"),
                        r -> r.json().get("active").asInt() == 50)
                .json();
        assertThat(count.get("named").asInt()).isEqualTo(14);
        assertThat(count.get("unnamed").asInt()).isEqualTo(36);
        assertThat(months(auditor)).containsExactly(49L, 49L, 49L, 50L, 50L, 50L, 50L, 50L, 50L, 50L, 50L, 50L);

        JsonNode liverpool = auditor.get("/api/members?limit=100")
                .json()
                .valueStream()
                .filter(member -> member.get("organisationName").asString().equals("Liverpool City Region"))
                .findFirst()
                .orElseThrow();
        assertThat(liverpool.get("origin").asString()).isEqualTo("ADMISSION");

        JsonNode admission = auditor.get("/api/committee/decisions")
                .json()
                .valueStream()
                .filter(decision -> decision.get("decisionType").asString().equals("ADMISSION"))
                .findFirst()
                .orElseThrow();
        assertThat(admission.get("effectiveOn").asString()).isEqualTo("2019-04-25");
        assertThat(admission.get("closedAt").asString())
                .as("recorded when the demo loaded, not in 2019")
                .doesNotStartWith("2019");

        JsonNode meetings = auditor.get("/api/meetings").json();
        assertThat(meetings.size()).isEqualTo(4);
        meetings.forEach(meeting -> {
            assertThat(meeting.get("participants").toString())
                    .as("observers and the Secretariat take part in every statutory meeting")
                    .contains("OBSERVERS", "C.I.T.I.E.S.", "SECRETARIAT", "Secretary General");
            assertThat(meeting.get("present").size())
                    .as("the demo records who attended " + meeting.get("title").asString())
                    .isGreaterThanOrEqualTo(10);
        });
        assertThat(liverpool.get("admittedOn").asString())
                .as("the day the decision took effect, not the day it was recorded")
                .isEqualTo("2019-04-25");
    }

    /** Departures and later imports move the count honestly: a member of the opening count named later adds nobody. */
    @Test
    @Order(2)
    void departures_and_later_imports_move_the_count_without_counting_anyone_twice() {
        Api secretariat = new Api(port).as("secretariat");
        Api auditor = new Api(port).as("auditor");
        expect(201, secretariat.post("/api/members/imports", """
                        {"organisationName": "Ville de Grenoble", "kind": "LOCAL_GOVERNMENT", "country": "FR",
                         "region": "EUROPE", "city": "Grenoble", "preferredLanguage": "FRENCH",
                         "admittedOn": "2016-09-07", "source": "member yearbook 2018"}"""));
        expect(201, secretariat.post("/api/members/imports", """
                        {"organisationName": "Ville de Strasbourg", "kind": "LOCAL_GOVERNMENT", "country": "FR",
                         "region": "EUROPE", "city": "Strasbourg", "preferredLanguage": "FRENCH",
                         "admittedOn": "2019-09-02", "source": "admission of September 2019"}"""));
        String locality = seedId("member", "locality");
        expect(202, secretariat.post("/api/members/" + locality + "/departure", """
                        {"reason": "left the network", "effectiveOn": "2019-11-15"}"""));
        Eventually.await(
                () -> auditor.get("/api/members/count"),
                r -> r.json().get("named").asInt() == 15);
        assertThat(months(auditor))
                .as("Grenoble was one of the 49; Strasbourg joins in September; Locality leaves in November")
                .containsExactly(49L, 49L, 49L, 50L, 50L, 50L, 50L, 50L, 51L, 51L, 50L, 50L);
        JsonNode count = auditor.get("/api/members/count").json();
        assertThat(count.get("active").asInt()).isEqualTo(50);
        assertThat(count.get("unnamed").asInt()).isEqualTo(35);
    }

    /**
     * Each indicator at two dates: in the middle of 2019, by what the record held by then, and at the end of 2019, when
     * the plan is over and each target is achieved or missed by so much; seven years later, the plan is judged on its
     * last day, not on today.
     */
    @Test
    @Order(3)
    void each_indicator_is_judged_as_of_a_chosen_day_and_a_finished_plan_in_its_own_period() {
        Api auditor = new Api(port).as("auditor");
        String plan = seedId("plan", "plan-2019");
        expect(
                202,
                new Api(port)
                        .as("secretariat")
                        .post("/api/strategic-plans/" + plan + "/indicators/youth-participants/values", """
                                {"value": 100, "asOf": "2019-08-31", "evidence": "youth camp attendance list"}"""));
        Eventually.await(
                () -> indicators(auditor, "?asOf=2019-12-31"),
                found ->
                        found.get("youth-participants").get("status").asString().equals("ACHIEVED"));

        Map<String, JsonNode> midYear = indicators(auditor, "?asOf=2019-06-30");
        Map<String, JsonNode> yearEnd = indicators(auditor, "?asOf=2019-12-31");
        Map<String, String> expectedMidYear = new LinkedHashMap<>();
        Map<String, String> expectedYearEnd = new LinkedHashMap<>();
        for (String code : List.of(
                "members",
                "policy-dialogues",
                "youth-events",
                "research-phases",
                "trainings",
                "officials-trained",
                "newsletters-en",
                "newsletters-fr",
                "newsletters-es",
                "advisors")) {
            expectedMidYear.put(code, "OFF_TRACK");
            expectedYearEnd.put(code, "MISSED");
        }
        expectedMidYear.put("statutory-meetings", "ON_TRACK");
        expectedYearEnd.put("statutory-meetings", "MISSED");
        expectedMidYear.put("youth-participants", "OFF_TRACK");
        expectedYearEnd.put("youth-participants", "ACHIEVED");
        assertThat(midYear.keySet()).containsExactlyInAnyOrderElementsOf(expectedMidYear.keySet());
        expectedMidYear.forEach(
                (code, status) -> assertThat(midYear.get(code).get("status").asString())
                        .as(code + " on 30 June 2019")
                        .isEqualTo(status));
        expectedYearEnd.forEach(
                (code, status) -> assertThat(yearEnd.get(code).get("status").asString())
                        .as(code + " on 31 December 2019")
                        .isEqualTo(status));

        assertThat(midYear.get("members").get("actual").asDouble()).isEqualTo(50);
        assertThat(midYear.get("statutory-meetings").get("actual").asDouble())
                .as("January and April calls, February advisors' meeting")
                .isEqualTo(3);
        assertThat(midYear.get("youth-participants").get("actual").asDouble())
                .as("reported as of August: not known in June")
                .isZero();
        assertThat(yearEnd.get("members").get("actual").asDouble()).isEqualTo(50);
        assertThat(yearEnd.get("members").get("shortfall").asDouble()).isEqualTo(50);
        assertThat(yearEnd.get("statutory-meetings").get("actual").asDouble()).isEqualTo(5);
        assertThat(yearEnd.get("statutory-meetings").get("shortfall").asDouble())
                .isEqualTo(1);
        assertThat(yearEnd.get("youth-participants").get("shortfall").asDouble())
                .isZero();

        JsonNode plans = auditor.get("/api/objectives").json();
        assertThat(plans.get(0).get("judgedOn").asString())
                .as("a finished plan is judged on its last day by default")
                .isEqualTo("2019-12-31");
        assertThat(plans.get(0).get("ended").asBoolean()).isTrue();
        assertThat(indicators(auditor, "")).isEqualTo(yearEnd);
        assertThat(new Api(port).get("/api/public/objectives?asOf=2019-06-30").body())
                .contains("\"judgedOn\":\"2019-06-30\"");
    }

    /** The four contradictions of the program: kept with both versions and sections, then resolved one by one. */
    @Test
    @Order(4)
    void each_contradiction_of_the_sources_is_kept_until_the_secretariat_records_which_version_holds() {
        Api anyone = new Api(port);
        Api secretariat = new Api(port).as("secretariat");
        JsonNode disagreements = Eventually.await(
                        () -> anyone.get("/api/public/sources/disagreements"),
                        r -> r.json().size() == 4)
                .json();
        Map<String, String> keys = Map.of(
                "sc-2019-q3-venue", "Medellín, Colombia",
                "lac-policy-dialogue-2019", "10-12 July 2019, Medellín, Colombia",
                "advisors-2019-07", "No: the calendar has the February meeting in Seoul only",
                "sc-2019-q4-dates", "14-18 October 2019, the third week");
        for (JsonNode disagreement : disagreements) {
            assertThat(disagreement.get("status").asString()).isEqualTo("SOURCES_DISAGREE");
            assertThat(disagreement.get("versions").size()).isEqualTo(2);
            assertThat(disagreement.get("held").isNull()).isTrue();
            disagreement
                    .get("versions")
                    .forEach(version ->
                            assertThat(version.get("section").asString()).contains("2019 program of activities"));
        }
        JsonNode q3 = anyone.get("/api/public/sources/disagreements?subject=" + seedId("meeting", "sc-2019-q3"))
                .json();
        assertThat(q3.size()).isEqualTo(1);
        assertThat(q3.get(0).toString()).contains("Medellín, Colombia", "Mexico City, Mexico", "1.A.i", "calendar");

        String q3Id = seedId("disagreement", "sc-2019-q3-venue");
        // Only the Secretariat says which source holds: not an auditor, nor the chair, a delegate or a member.
        for (String account : List.of("auditor", "chair", "bilbao-city", "liverpool")) {
            expect(403, new Api(port).as(account).post("/api/sources/disagreements/" + q3Id + "/resolution", """
                                    {"holds": 1, "reason": "not mine to say"}"""));
        }
        Api.Response noSuchVersion =
                secretariat.inLanguage("fr").post("/api/sources/disagreements/" + q3Id + "/resolution", """
                        {"holds": 3, "reason": "a third place"}""");
        assertThat(noSuchVersion.status()).isEqualTo(409);
        assertThat(noSuchVersion.json().get("title").asString()).isEqualTo("Version inconnue");

        keys.forEach((key, held) -> {
            String id = seedId("disagreement", key);
            JsonNode versions = anyone.get("/api/public/sources/disagreements").json();
            int number = 0;
            for (JsonNode disagreement : versions) {
                if (disagreement.get("disagreementId").asString().equals(id)) {
                    for (int index = 0; index < disagreement.get("versions").size(); index++) {
                        if (disagreement
                                .get("versions")
                                .get(index)
                                .get("says")
                                .asString()
                                .equals(held)) {
                            number = index + 1;
                        }
                    }
                }
            }
            assertThat(number).as(key).isPositive();
            expect(202, secretariat.post("/api/sources/disagreements/" + id + "/resolution", """
                            {"holds": %d, "reason": "confirmed by the Secretariat's minutes"}""".formatted(number)));
        });
        JsonNode resolved = Eventually.await(
                        () -> new Api(port).as("auditor").get("/api/sources/disagreements"),
                        r -> r.json()
                                .valueStream()
                                .allMatch(d -> d.get("status").asString().equals("RESOLVED")))
                .json();
        for (JsonNode disagreement : resolved) {
            String key = keys.keySet().stream()
                    .filter(k -> seedId("disagreement", k)
                            .equals(disagreement.get("disagreementId").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(disagreement.get("held").get("says").asString()).isEqualTo(keys.get(key));
            assertThat(disagreement.get("reason").asString()).isEqualTo("confirmed by the Secretariat's minutes");
            assertThat(disagreement.get("versions").size())
                    .as("the version that does not hold stays on record")
                    .isEqualTo(2);
        }
        assertThat(anyone.get("/api/public/sources/disagreements").body())
                .as("the reason is written for the record: not published")
                .doesNotContain("confirmed by the Secretariat's minutes")
                .contains("RESOLVED");
        assertThat(secretariat
                        .post("/api/sources/disagreements/" + q3Id + "/resolution", """
                                {"holds": 2, "reason": "changed our mind"}""")
                        .status())
                .as("a resolution is not overwritten")
                .isEqualTo(409);
    }

    /** The seed again, through the API: nothing created, no event added, the contradictions reported. */
    @Test
    @Order(5)
    void the_seed_imported_again_changes_nothing_and_reports_the_contradictions() throws Exception {
        long before = events();
        Api.Response again = new Api(port).as("secretariat").post("/api/imports/seed", "text/plain", seed());
        assertThat(again.status()).isEqualTo(200);
        JsonNode report = again.json().get("report");
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("skipped").asInt())
                .isEqualTo(report.get("records").asInt());
        assertThat(report.get("disagreements").size()).isEqualTo(4);
        assertThat(report.get("disagreements").toString()).contains("third-quarter", "Latin America Policy Dialogue");
        assertThat(events()).as("importing again changes nothing").isEqualTo(before);
        assertThat(new Api(port)
                        .as("auditor")
                        .get("/api/members/count")
                        .json()
                        .get("active")
                        .asInt())
                .isEqualTo(50);
    }

    /** The opening balance recorded again with the same figures changes nothing; bad input is a 400, never a 500. */
    @Test
    @Order(6)
    void the_opening_balance_is_recorded_once_and_bad_days_or_counts_are_refused() throws Exception {
        Api secretariat = new Api(port).as("secretariat");
        Api auditor = new Api(port).as("auditor");
        long before = events();
        expect(202, secretariat.post("/api/members/opening-balance", """
                        {"asOf": "2019-01-01", "members": 49, "source": "%s"}""".formatted(OPENING_SOURCE)));
        assertThat(events()).as("the same figures again change nothing").isEqualTo(before);
        expect(400, secretariat.post("/api/members/opening-balance", """
                        {"asOf": "2019-01-01", "members": -3, "source": "a typo"}"""));
        for (String account : List.of("auditor", "chair", "bilbao-city", "liverpool")) {
            expect(403, new Api(port).as(account).post("/api/members/opening-balance", """
                            {"asOf": "2019-01-01", "members": 60, "source": "not mine to say"}"""));
        }
        expect(400, auditor.get("/api/objectives?asOf=2019-13-45"));
        expect(400, auditor.get("/api/members/count?asOf=yesterday"));
        expect(400, new Api(port).get("/api/public/translations?language=KLINGON"));
        assertThat(auditor.get("/api/members/count?asOf=2018-12-31")
                        .json()
                        .get("active")
                        .asInt())
                .as("before the opening balance, only the named members count: the 13 seat holders and Grenoble")
                .isEqualTo(14);
        assertThat(auditor.get("/api/members/count?asOf=2019-12-31")
                        .json()
                        .get("active")
                        .asInt())
                .isEqualTo(50);
    }

    /** The source of the seed's opening balance, as the seed file states it. */
    static final String OPENING_SOURCE = "GSEF 2019 program of activities, main strategic direction 1: 49 member cities"
            + " and networks at the start of 2019, of whom the Steering Committee's 13 are named";

    private List<Long> months(Api api) {
        List<Long> months = new ArrayList<>();
        api.get("/api/members/growth?from=2019-01&to=2019-12")
                .json()
                .forEach(point -> months.add(point.get("active").asLong()));
        return months;
    }

    private static Map<String, JsonNode> indicators(Api api, String query) {
        Map<String, JsonNode> indicators = new LinkedHashMap<>();
        JsonNode plans = api.get("/api/objectives" + query).json();
        for (JsonNode direction : plans.get(0).get("directions")) {
            for (JsonNode objective : direction.get("objectives")) {
                for (JsonNode indicator : objective.get("indicators")) {
                    indicators.put(indicator.get("code").asString(), indicator);
                }
            }
        }
        return indicators;
    }

    private static String seed() throws IOException {
        try (InputStream in = Record2019IT.class.getResourceAsStream("/seed/gsef-2019.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long events() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
