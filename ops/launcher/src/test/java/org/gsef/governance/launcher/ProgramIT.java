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
import java.util.List;
import java.util.UUID;
import org.gsef.governance.platform.demo.DemoAccounts;
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

/** The 2019 seed file imported through the API, and GSEF2020, the plan and the calendar it gives, on PostgreSQL. */
@SingleNodeOnPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramIT {

    static final String EDITION = UUID.nameUUIDFromBytes("gsef-seed:edition:gsef2020".getBytes(StandardCharsets.UTF_8))
            .toString();

    /** The records of the seed file: every line but the first. */
    static final int RECORDS = 149;

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Test
    @Order(1)
    void a_malformed_seed_file_is_refused_with_line_and_reason_and_changes_nothing() throws SQLException {
        long before = events();
        String file = """
                {"type": "seed", "name": "broken", "version": 1}
                {"type": "edition", "key": "gsef2022", "name": "GSEF2022", "hostCity": "Dakar"}
                {"type": "activity", "key": "a", "kind": "PICNIC", "title": "x", "from": "2019-01-01"}
                """;
        Api.Response refused = new Api(port)
                .as("secretariat")
                .inLanguage("fr")
                .post("/api/imports/seed", "application/x-ndjson", file);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("title").asString()).isEqualTo("Fichier de données refusé");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("reason").asString()).contains("PICNIC");
        assertThat(events()).as("nothing imported, not even the valid line 2").isEqualTo(before);
    }

    @Test
    @Order(2)
    void the_seed_is_imported_through_the_commands_and_importing_it_again_changes_nothing() throws Exception {
        String seed = seed();
        Api secretariat = new Api(port).as("secretariat");
        Api.Response first = secretariat.post("/api/imports/seed", "text/plain", seed);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("report").get("created").asInt()).isEqualTo(RECORDS);
        long after = events();
        JsonNode again =
                secretariat.post("/api/imports/seed", "text/plain", seed).json();
        assertThat(again.get("report").get("created").asInt()).isZero();
        assertThat(again.get("report").get("skipped").asInt()).isEqualTo(RECORDS);
        assertThat(events()).as("importing again changes nothing").isEqualTo(after);
        assertThat(again.get("progress").toString()).contains(RECORDS + "/" + RECORDS + " records");
        assertThat(new Api(port)
                        .as("auditor")
                        .post("/api/imports/seed", "text/plain", seed)
                        .status())
                .as("only the Secretariat imports")
                .isEqualTo(403);

        JsonNode advisors = Eventually.await(
                        () -> new Api(port).as("auditor").get("/api/committee/advisors"),
                        r -> r.json().size() == 4)
                .json();
        assertThat(advisors.toString()).contains("Marguerite Mendell", "Thierry Jeantet");
        assertThat(countEvents("%Mendell%"))
                .as("the advisors' names are sealed in the events")
                .isZero();

        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                        + " WHERE payload_type LIKE '%ActivityScheduled' LIMIT 1")) {
            rows.next();
            assertThat(rows.getString(1))
                    .as("the import is recorded: who, and from which file")
                    .contains("\"actorId\":\"secretariat\"", "\"importSource\":\"GSEF 2019 program of activities");
        }
    }

    @Test
    @Order(3)
    void every_calendar_entry_of_2019_is_present_with_its_to_be_confirmed_mark() {
        Api auditor = new Api(port).as("auditor");
        JsonNode calendar = Eventually.await(
                        () -> auditor.get("/api/activities?year=2019"),
                        r -> r.json().size() == 37)
                .json();
        List<String> titles = new ArrayList<>();
        calendar.forEach(activity -> {
            assertThat(activity.get("toBeConfirmed").asBoolean()).isTrue();
            titles.add(activity.get("title").asString());
        });
        assertThat(titles).contains("Africa Policy Dialogue", "Europe Policy Dialogue", "UCLG World Congress 2019");
        assertThat(auditor.get("/api/activities?kind=POLICY_DIALOGUE&status=HELD")
                        .json()
                        .size())
                .as("the earlier regional policy dialogues")
                .isEqualTo(8);

        JsonNode latestFirst =
                auditor.get("/api/activities?year=2019&sort=-from,title").json();
        assertThat(latestFirst).hasSize(37);
        assertThat(latestFirst.get(0).get("from").asString())
                .isGreaterThanOrEqualTo(latestFirst.get(36).get("from").asString())
                .isEqualTo(calendar.get(36).get("from").asString());
        JsonNode byTitle = auditor.get("/api/activities?year=2019&sort=title").json();
        assertThat(byTitle.get(0).get("title").asString())
                .isLessThanOrEqualTo(byTitle.get(1).get("title").asString());
        Api.Response unknown = auditor.inLanguage("es").get("/api/activities?sort=password");
        assertThat(unknown.status()).as("only the table's own fields sort it").isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(auditor.get("/api/members?sort=-admittedOn,organisationName").status())
                .isEqualTo(200);
        assertThat(auditor.get("/api/membership-applications?sort=organisationName;DROP")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void every_indicator_of_the_2019_plan_has_a_computed_status() {
        Api auditor = new Api(port).as("auditor");
        JsonNode plans = Eventually.await(
                        () -> auditor.get("/api/objectives"), r -> r.json().size() == 1)
                .json();
        List<JsonNode> indicators = new ArrayList<>();
        plans.get(0)
                .get("directions")
                .forEach(direction -> direction
                        .get("objectives")
                        .forEach(objective -> objective.get("indicators").forEach(indicators::add)));
        assertThat(plans.get(0).get("directions").size()).isEqualTo(4);
        assertThat(indicators).hasSize(12);
        assertThat(indicators)
                .allSatisfy(indicator -> assertThat(indicator.get("status").asString())
                        .isIn("ON_TRACK", "AT_RISK", "OFF_TRACK", "ACHIEVED", "MISSED"));

        String plan = plans.get(0).get("planId").asString();
        expect(
                202,
                new Api(port)
                        .as("secretariat")
                        .post(
                                "/api/strategic-plans/" + plan + "/indicators/newsletters-en/values",
                                "{\"value\": 3, \"asOf\": \"2019-03-31\", \"evidence\": \"January to March issues\"}"));
        JsonNode newsletters = Eventually.await(
                () -> indicator(auditor, "newsletters-en", "2019-04-01"),
                i -> i.get("actual").asDouble() == 3.0);
        assertThat(newsletters.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(indicator(auditor, "newsletters-en", "2019-09-01")
                        .get("status")
                        .asString())
                .as("three issues by September is behind")
                .isEqualTo("OFF_TRACK");
        assertThat(indicator(auditor, "members", "2019-01-01").get("source").asString())
                .isEqualTo("ACTIVE_MEMBERS");
    }

    @Test
    @Order(5)
    void
            gsef2020_is_followed_from_the_host_agreement_to_the_adoption_of_its_theme_and_the_roadmap_shows_what_is_late() {
        Api secretariat = new Api(port).as("secretariat");
        String edition = "/api/forum/editions/" + EDITION;
        expect(
                409,
                secretariat.post(
                        edition + "/host-agreement/signature",
                        "{\"parties\": [\"Mexico City Government\", \"GSEF\"], \"signedOn\": \"2019-07-09\", \"place\": \"Mexico City\"}"));
        expect(202, secretariat.post(edition + "/dates", "{\"startsOn\": \"2020-10-19\", \"endsOn\": \"2020-10-21\"}"));
        expect(
                202,
                secretariat.post(
                        edition + "/host-agreement/draft", "{\"parties\": [\"Mexico City Government\", \"GSEF\"]}"));
        expect(
                202,
                secretariat.post(
                        edition + "/host-agreement/signature",
                        "{\"parties\": [\"Mexico City Government\", \"GSEF\"], \"signedOn\": \"2019-07-09\", \"place\": \"Mexico City\"}"));
        expect(
                202,
                secretariat.post(
                        edition + "/local-organizing-committee",
                        "{\"members\": [\"Mexico City Government\", \"Mexico City SSE representative\"], \"launchedOn\": \"2019-07-09\"}"));
        expect(
                202,
                secretariat.post(
                        edition + "/milestones/host-agreement/progress",
                        "{\"percent\": 100, \"note\": \"signed in Mexico City\", \"reportedOn\": \"2019-07-09\"}"));
        String theme = "Social and solidarity economy: territories and cities for a sustainable future";
        expect(202, secretariat.post(edition + "/theme", "{\"theme\": \"" + theme + "\"}"));
        Api.Response opened = new Api(port)
                .as("chair")
                .post(
                        edition + "/theme/ballot",
                        "{\"theme\": \"" + theme
                                + "\", \"procedure\": \"WRITTEN\", \"closesAt\": \"%s\"}"
                                        .formatted(Governance.writtenDeadline()));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();
        for (String seat : DemoAccounts.SEATS_2019.subList(0, 7)) {
            Governance.appoint(new Api(port), seat, Governance.delegateOf(seat));
            expect(202, Governance.vote(new Api(port), Governance.delegateOf(seat), ballot, seat, "YES"));
        }
        expect(202, new Api(port).as("chair").post("/api/ballots/" + ballot + "/closing", ""));

        Api auditor = new Api(port).as("auditor");
        JsonNode adopted = Eventually.await(
                        () -> auditor.get(edition),
                        r -> r.json().get("themeStatus").toString().equals("\"ADOPTED\""))
                .json();
        assertThat(adopted.get("theme").asString()).isEqualTo(theme);
        assertThat(adopted.get("themeBallotId").asString()).isEqualTo(ballot);
        assertThat(adopted.get("hostAgreement").get("status").asString()).isEqualTo("SIGNED");
        assertThat(adopted.get("startsOn").asString()).isEqualTo("2020-10-19");
        assertThat(adopted.get("localOrganizingCommittee").get("members").size())
                .isEqualTo(2);
        Eventually.await(
                () -> auditor.get("/api/committee/decisions"), r -> r.body().contains(theme));

        JsonNode today = auditor.get(edition).json();
        assertThat(today.get("lateMilestones").asInt())
                .as("five 2019 milestones still open")
                .isEqualTo(5);
        JsonNode january = auditor.get(edition + "?on=2019-01-15").json();
        assertThat(january.get("lateMilestones").asInt()).isZero();
        JsonNode signed = stream(today.get("roadmap")).stream()
                .filter(milestone -> milestone.get("milestone").asString().equals("host-agreement"))
                .findFirst()
                .orElseThrow();
        assertThat(signed.get("status").asString()).isEqualTo("DONE");
        assertThat(signed.get("late").asBoolean()).isFalse();

        String editionId = edition.substring(edition.lastIndexOf('/') + 1);
        JsonNode milestoneHistory = Eventually.await(
                        () -> auditor.get("/api/audit/entities/" + editionId + "/timeline?part=host-agreement"),
                        r -> r.body().contains("MilestoneProgressReported"))
                .json()
                .get("entries");
        assertThat(milestoneHistory.get(0).get("eventType").asString()).isEqualTo("MilestonePlanned");
        assertThat(stream(milestoneHistory))
                .as("the milestone's own history, apart from the rest of the edition's")
                .allSatisfy(
                        entry -> assertThat(entry.get("entityPart").asString()).isEqualTo("host-agreement"));
    }

    private static JsonNode indicator(Api api, String code, String on) {
        for (JsonNode direction :
                api.get("/api/objectives?on=" + on).json().get(0).get("directions")) {
            for (JsonNode objective : direction.get("objectives")) {
                for (JsonNode indicator : objective.get("indicators")) {
                    if (indicator.get("code").asString().equals(code)) {
                        return indicator;
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static List<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static String seed() throws IOException {
        try (InputStream in = ProgramIT.class.getResourceAsStream("/seed/gsef-2019.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long countEvents(String payload) throws SQLException {
        try (Connection connection = database.connect();
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?")) {
            statement.setString(1, payload);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
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
