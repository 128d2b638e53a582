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
import java.time.LocalDate;
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

    /** The activities of 2031 the paging tests add: every other one a forum, every fourth one held. */
    record Planned(String key, String title, String kind, LocalDate from, LocalDate to, boolean held) {

        static List<Planned> of2031() {
            List<Planned> planned = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                LocalDate from = LocalDate.of(2031, 1, 5).plusDays(14L * i);
                planned.add(new Planned(
                        "paging-%02d".formatted(i),
                        "Paging activity %02d".formatted(i),
                        i % 2 == 0 ? "FORUM" : "POLICY_DIALOGUE",
                        from,
                        from.plusDays(1),
                        i % 4 == 3));
            }
            return planned;
        }

        String line() {
            return """
                    {"type": "activity", "key": "%s", "kind": "%s", "title": "%s", "from": "%s", "to": "%s", "monthOnly": false, "toBeConfirmed": false, "location": "Lyon", "partners": []%s}
                    """.formatted(
                            key,
                            kind,
                            title,
                            from,
                            to,
                            held ? ", \"held\": {\"participants\": 10, \"outcome\": \"Outcome of " + key + "\"}" : "");
        }
    }

    /** Four editions in preparation after GSEF2020, the first with two milestones late. */
    static final String PAGING_EDITIONS = """
            {"type": "edition", "key": "paging-e1", "name": "Paging edition 1", "hostCity": "Dakar", "country": "SN", "startsOn": "2032-05-04", "endsOn": "2032-05-06"}
            {"type": "edition", "key": "paging-e2", "name": "Paging edition 2", "hostCity": "Dakar", "country": "SN", "startsOn": "2033-05-04", "endsOn": "2033-05-06"}
            {"type": "edition", "key": "paging-e3", "name": "Paging edition 3", "hostCity": "Dakar", "country": "SN", "startsOn": "2034-05-04", "endsOn": "2034-05-06"}
            {"type": "edition", "key": "paging-e4", "name": "Paging edition 4", "hostCity": "Dakar", "country": "SN", "startsOn": "2035-05-04", "endsOn": "2035-05-06"}
            {"type": "milestone", "edition": "paging-e1", "milestone": "late-a", "title": "Late A", "owner": "Secretariat", "dueOn": "2020-01-01"}
            {"type": "milestone", "edition": "paging-e1", "milestone": "late-b", "title": "Late B", "owner": "Secretariat", "dueOn": "2021-01-01"}
            {"type": "milestone", "edition": "paging-e1", "milestone": "later", "title": "Later", "owner": "Secretariat", "dueOn": "2099-01-01"}
            """;

    @Test
    @Order(6)
    void the_calendar_is_read_a_page_at_a_time_and_the_pages_walk_through_every_activity_once() {
        List<Planned> planned = Planned.of2031();
        StringBuilder seed = new StringBuilder("{\"type\": \"seed\", \"name\": \"paging\", \"version\": 1}\n");
        planned.forEach(activity -> seed.append(activity.line()));
        seed.append(PAGING_EDITIONS);
        expect(200, new Api(port).as("secretariat").post("/api/imports/seed", "application/x-ndjson", seed.toString()));
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/activities?year=2031&status=HELD&limit=200"),
                r -> r.json().size() == 6);

        List<String> every = ids(auditor.get("/api/activities?limit=200").json(), "activityId");
        assertThat(every).as("the 46 activities of the seed and 24 of 2031").hasSize(70);
        assertThat(ids(auditor.get("/api/activities").json(), "activityId"))
                .as("50 unless told")
                .isEqualTo(every.subList(0, 50));
        assertThat(walk(auditor, "/api/activities", 7, "activityId"))
                .as("pages of seven, in the same order, none twice, none missing")
                .isEqualTo(every);
        List<String> latestFirst = walk(auditor, "/api/activities?sort=-from", 9, "activityId");
        assertThat(latestFirst).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(every);
        assertThat(latestFirst)
                .as("ties on the day broken by the id, the same on every page")
                .isEqualTo(
                        ids(auditor.get("/api/activities?sort=-from&limit=200").json(), "activityId"));

        List<String> forums = walk(auditor, "/api/activities?year=2031&kind=FORUM&sort=title", 5, "activityId");
        assertThat(titles(auditor, forums))
                .containsExactlyElementsOf(planned.stream()
                        .filter(activity -> activity.kind().equals("FORUM"))
                        .map(Planned::title)
                        .toList());
        LocalDate june = LocalDate.of(2031, 6, 1);
        JsonNode fromJune =
                auditor.get("/api/activities?from=2031-06-01&sort=from&limit=3").json();
        List<Planned> endingFromJune = planned.stream()
                .filter(activity -> !activity.to().isBefore(june))
                .toList();
        assertThat(stream(fromJune).stream().map(a -> a.get("title").asString()))
                .as("the next three from a day")
                .containsExactlyElementsOf(endingFromJune.subList(0, 3).stream()
                        .map(Planned::title)
                        .toList());
        assertThat(walk(auditor, "/api/activities?from=2031-06-01&status=PLANNED,CONFIRMED", 4, "activityId"))
                .hasSize((int) endingFromJune.stream()
                        .filter(activity -> !activity.held())
                        .count());
        assertThat(walk(auditor, "/api/activities?year=2031&status=HELD&kind=POLICY_DIALOGUE", 2, "activityId"))
                .as("every fourth activity is held, and a policy dialogue")
                .hasSize(6);
        assertThat(auditor.get("/api/activities?year=2031&from=2030-01-01&limit=200")
                        .json()
                        .size())
                .as("a day before the year leaves the year's own bounds")
                .isEqualTo(24);

        Api anyone = new Api(port);
        JsonNode publicPage = anyone.get("/api/public/activities").json();
        assertThat(publicPage).as("the public calendar is paged alike").hasSize(50);
        assertThat(walk(anyone, "/api/public/activities", 30, "activityId")).isEqualTo(every);
        JsonNode held = anyone.get("/api/public/activities?year=2031&status=HELD&limit=200")
                .json();
        assertThat(held).hasSize(6);
        assertThat(stream(held))
                .allSatisfy(activity -> assertThat(activity.propertyNames()).doesNotContain("outcome", "note"));
        assertThat(held.toString()).doesNotContain("Outcome of");
        assertThat(auditor.get("/api/activities?year=2031&status=HELD&limit=1").body())
                .contains("Outcome of");

        for (String path : List.of("/api/activities", "/api/public/activities")) {
            for (String query : List.of(
                    "limit=0", "limit=201", "limit=500", "offset=-1", "from=2031-13-45", "from=tomorrow", "limit=x")) {
                Api.Response refused = auditor.get(path + "?" + query);
                assertThat(refused.status()).as(path + "?" + query).isEqualTo(400);
                assertThat(refused.contentType()).as(path + "?" + query).startsWith("application/problem+json");
            }
        }
    }

    @Test
    @Order(7)
    void the_editions_are_listed_a_page_at_a_time_summed_up_and_the_roadmap_is_read_on_its_own() {
        Api auditor = new Api(port).as("auditor");
        JsonNode editions = Eventually.await(
                        () -> auditor.get("/api/forum/editions?limit=200"),
                        r -> r.json().size() == 9)
                .json();
        assertThat(stream(editions).stream().map(e -> e.get("name").asString()))
                .as("past ones as recorded, then those in preparation, the soonest first")
                .containsExactly(
                        "GSEF2013",
                        "GSEF2014",
                        "GSEF2016",
                        "GSEF2018",
                        "GSEF2020",
                        "Paging edition 1",
                        "Paging edition 2",
                        "Paging edition 3",
                        "Paging edition 4");
        List<String> summary = List.of(
                "editionId",
                "name",
                "year",
                "city",
                "country",
                "startsOn",
                "endsOn",
                "stage",
                "theme",
                "lateMilestones");
        assertThat(stream(editions))
                .allSatisfy(
                        edition -> assertThat(edition.propertyNames()).containsExactlyInAnyOrderElementsOf(summary));
        assertThat(walk(auditor, "/api/forum/editions", 4, "editionId"))
                .isEqualTo(ids(editions, "editionId"))
                .isEqualTo(walk(auditor, "/api/forum/editions", 1, "editionId"));
        for (JsonNode edition : editions) {
            JsonNode whole = auditor.get(
                            "/api/forum/editions/" + edition.get("editionId").asString())
                    .json();
            assertThat(edition.get("lateMilestones").asInt())
                    .as(edition.get("name").asString() + ": late milestones counted as its roadmap counts them")
                    .isEqualTo(whole.get("lateMilestones").asInt());
        }
        assertThat(editions.get(4).get("lateMilestones").asInt()).isEqualTo(5);
        assertThat(editions.get(5).get("lateMilestones").asInt()).isEqualTo(2);

        Api anyone = new Api(port);
        JsonNode preparing = anyone.get("/api/public/forum/editions").json();
        assertThat(stream(preparing).stream().map(e -> e.get("name").asString()))
                .as("the current one first")
                .containsExactly(
                        "GSEF2020", "Paging edition 1", "Paging edition 2", "Paging edition 3", "Paging edition 4");
        assertThat(stream(preparing))
                .allSatisfy(
                        edition -> assertThat(edition.propertyNames()).containsExactlyInAnyOrderElementsOf(summary));
        assertThat(walk(anyone, "/api/public/forum/editions", 2, "editionId")).isEqualTo(ids(preparing, "editionId"));
        JsonNode current = anyone.get("/api/public/forum/editions/current").json();
        assertThat(current.get("name").asString()).isEqualTo("GSEF2020");
        assertThat(current.get("lateMilestones").asInt()).isEqualTo(5);
        assertThat(current.propertyNames()).doesNotContain("localOrganizingCommittee", "hostAgreement");
        assertThat(current.get("roadmap").size()).isEqualTo(6);
        assertThat(stream(current.get("roadmap")))
                .allSatisfy(milestone -> assertThat(milestone.propertyNames()).doesNotContain("note"));
        assertThat(auditor.get("/api/forum/editions/current").json().get("editionId"))
                .isEqualTo(current.get("editionId"));

        for (String path : List.of("/api/forum/editions", "/api/public/forum/editions")) {
            for (String query : List.of("limit=0", "limit=201", "offset=-1")) {
                Api.Response refused = auditor.get(path + "?" + query);
                assertThat(refused.status()).as(path + "?" + query).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    @Order(8)
    void the_plans_answered_are_those_in_view_and_every_plan_is_answered_when_asked_for() {
        Api secretariat = new Api(port).as("secretariat");
        Api auditor = new Api(port).as("auditor");
        for (int year : List.of(2016, 2031)) {
            assertThat(secretariat.post("/api/strategic-plans", plan(year)).status())
                    .isEqualTo(201);
        }
        JsonNode every = Eventually.await(
                        () -> auditor.get("/api/objectives?plans=all"),
                        r -> r.json().size() == 3)
                .json();
        assertThat(years(every)).as("every plan, in the order of its years").containsExactly(2016, 2019, 2031);
        assertThat(years(auditor.get("/api/objectives").json()))
                .as("today: the plan to come and the one that ended last; the 2016 plan is history")
                .containsExactly(2019, 2031);
        assertThat(years(auditor.get("/api/objectives?plans=in-view").json())).containsExactly(2019, 2031);
        assertThat(years(auditor.get("/api/objectives?asOf=2019-06-30").json()))
                .as("mid-2019: the 2019 plan runs, the 2016 plan ended last, the 2031 plan is to come")
                .containsExactly(2016, 2019, 2031);
        assertThat(years(auditor.get("/api/objectives?asOf=2040-01-01").json())).containsExactly(2031);
        Api anyone = new Api(port);
        assertThat(years(anyone.get("/api/public/objectives").json())).containsExactly(2019, 2031);
        assertThat(years(anyone.get("/api/public/objectives?plans=all").json())).containsExactly(2016, 2019, 2031);
        for (String path : List.of("/api/objectives", "/api/public/objectives")) {
            Api.Response refused = auditor.inLanguage("fr").get(path + "?plans=every");
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    private static String plan(int year) {
        return """
                {"year": %d, "directions": [{"code": "A", "title": "Grow the network %d", "objectives": [
                  {"code": "A1", "title": "More members", "indicators": [
                    {"code": "members-%d", "name": "Active members", "unit": "members", "metric": "ACTIVE_MEMBERS",
                     "baseline": 50, "target": 60, "startsOn": "%d-01-01", "deadline": "%d-12-31"}]}]}]}""".formatted(year, year, year, year, year + 2);
    }

    private static List<Integer> years(JsonNode plans) {
        return stream(plans).stream().map(plan -> plan.get("year").asInt()).toList();
    }

    /** Every item of a list route, asked {@code limit} at a time until a page comes back short. */
    private static List<String> walk(Api api, String path, int limit, String id) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += limit) {
            JsonNode page = api.get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit + "&offset=" + offset)
                    .json();
            assertThat(page.size()).as(path + " at " + offset).isLessThanOrEqualTo(limit);
            ids.addAll(ids(page, id));
            if (page.size() < limit) {
                return ids;
            }
        }
    }

    private static List<String> ids(JsonNode list, String id) {
        return stream(list).stream().map(item -> item.get(id).asString()).toList();
    }

    private static List<String> titles(Api api, List<String> activityIds) {
        return activityIds.stream()
                .map(activity -> api.get("/api/activities/" + activity)
                        .json()
                        .get("title")
                        .asString())
                .toList();
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
