package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gsef.governance.command.seed.SeedImporter;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Public means public (issue #15: the public calendar named members and carried notes written for the record, while
 * the README said the public endpoints named none). What the README says {@code /api/public/...} publishes is there,
 * read anonymously; and no personal data is, whatever the record holds: no contact person or e-mail address, no
 * advisor, no delegate's account, and no person named in the free text written for the record.
 */
@SingleNodeOnPostgres(properties = "gsef.seed.load-on-start=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDataIT {

    /** The published reads, as the README lists them. */
    static final List<String> PUBLISHED = List.of(
            "/api/public/members",
            "/api/public/members/count",
            "/api/public/members/growth",
            "/api/public/objectives",
            "/api/public/forum/editions",
            "/api/public/forum/editions/current",
            "/api/public/activities",
            "/api/public/calendar",
            "/api/public/sources/disagreements",
            "/api/public/committee/decisions",
            "/api/public/translations",
            "/api/public/audit-key");

    static final String CONTACT = "Jeanne Dupont-Contact";
    static final String EMAIL = "jeanne.dupont@lyon.example";
    static final String DELEGATE = "u-delegate-4711";
    /** A person named in free text written for the record: an outcome, a reason, a note, evidence. */
    static final String NAMED = "Paul Personne";
    /** The international advisors of the 2019 seed file. */
    static final List<String> ADVISORS =
            List.of("Marguerite Mendell", "Nancy Neamtan", "Kyongyong Song", "Thierry Jeantet");

    @LocalServerPort
    int port;

    @BeforeAll
    void the_record_holds_personal_data() {
        Api secretariat = new Api(port).as("secretariat");
        Api auditor = new Api(port).as("auditor");
        Eventually.await(() -> auditor.get("/api/committee/advisors").body(), body -> body.contains(ADVISORS.get(3)));
        Governance.submitted(secretariat, """
                {"organisationName": "Ville de Lyon", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE",
                 "city": "Lyon", "preferredLanguage": "FRENCH", "contact": {"name": "%s", "email": "%s"}}""".formatted(CONTACT, EMAIL));
        Governance.expect(
                202, secretariat.send("PUT", "/api/committee/seats/ripess/delegate", """
                {"delegateUserId": "%s"}""".formatted(DELEGATE)));
        Governance.expect(
                202,
                secretariat.post(
                        "/api/activities/" + seedId("activity", "calendar-2019-34") + "/cancellation",
                        """
                {"reason": "%s, who was to speak, is ill"}""".formatted(NAMED)));
        Governance.expect(
                202,
                secretariat.post(
                        "/api/activities/" + seedId("activity", "calendar-2019-33") + "/held", """
                {"participants": 60, "outcome": "Opened by %s"}""".formatted(NAMED)));
        Governance.expect(
                202,
                secretariat.post(
                        "/api/forum/editions/" + seedId("edition", "gsef2020") + "/milestones/main-theme/progress",
                        """
                {"percent": 50, "note": "Drafted with %s", "reportedOn": "2019-09-01"}""".formatted(NAMED)));
        Governance.expect(
                202,
                secretariat.post(
                        "/api/strategic-plans/" + seedId("plan", "plan-2019") + "/indicators/youth-events/values",
                        """
                {"value": 1, "asOf": "2019-08-31", "evidence": "Report by %s"}""".formatted(NAMED)));

        Governance.expect(
                202,
                secretariat.post(
                        "/api/sources/disagreements/" + seedId("disagreement", "sc-2019-q3-venue") + "/resolution",
                        """
                {"holds": 2, "reason": "Confirmed by %s on the telephone"}""".formatted(NAMED)));
        Eventually.await(
                () -> auditor.get("/api/sources/disagreements").body(), body -> body.contains("Confirmed by " + NAMED));
        Eventually.await(() -> auditor.get("/api/committee/seats").body(), body -> body.contains(DELEGATE));
        Eventually.await(
                () -> auditor.get("/api/activities?limit=200").body(),
                body -> body.contains(NAMED + ", who was to speak") && body.contains("Opened by " + NAMED));
        Eventually.await(
                () -> auditor.get("/api/forum/editions/" + seedId("edition", "gsef2020"))
                        .body(),
                body -> body.contains("Drafted with " + NAMED));
        Eventually.await(() -> auditor.get("/api/objectives").body(), body -> body.contains("Report by " + NAMED));
    }

    @Test
    void no_public_read_names_a_person_or_an_account() {
        List<String> personal = new ArrayList<>(List.of(CONTACT, EMAIL, DELEGATE, NAMED));
        personal.addAll(ADVISORS);
        personal.addAll(DemoAccounts.SEATS_2019);
        List<String> found = new ArrayList<>();
        for (String path : PUBLISHED) {
            for (String representation : List.of("application/json", "text/csv", "text/calendar")) {
                Api.Response response =
                        new Api(port).withHeader("Accept", representation).get(path);
                if (response.status() == 406) {
                    continue;
                }
                if (response.status() != 200) {
                    found.add(path + " (" + representation + ") answers " + response.status());
                }
                for (String data : personal) {
                    if (response.body().contains(data)) {
                        found.add(path + " (" + representation + ") names " + data);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_published_reads_are_those_the_readme_lists() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        List<String> published = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (path.startsWith("/api/public/")) {
                published.add(path);
            }
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(PUBLISHED);
    }

    @Test
    void the_member_list_names_the_organisations_and_nothing_of_how_they_came_in() {
        JsonNode members = new Api(port).get("/api/public/members").json();
        assertThat(members.size()).isEqualTo(13);
        JsonNode seoul = members.valueStream()
                .filter(member -> member.get("organisationName").asString().equals("Seoul Metropolitan Government"))
                .findFirst()
                .orElseThrow();
        assertThat(seoul.propertyNames())
                .containsExactly("organisationName", "kind", "country", "region", "city", "memberSince");
        assertThat(seoul.get("city").asString()).isEqualTo("Seoul");
    }

    @Test
    void the_counts_the_plan_the_forum_and_the_calendar_with_its_partners_are_published() {
        Api anyone = new Api(port);
        assertThat(anyone.get("/api/public/members/count").json().get("active").asInt())
                .as("the 49 members of 1 January 2019, 13 of them named")
                .isEqualTo(49);
        assertThat(anyone.get("/api/public/members/growth?from=2019-01&to=2019-12")
                        .json()
                        .size())
                .isEqualTo(12);
        assertThat(anyone.get("/api/public/objectives").body()).contains("youth-events", "Members of the network");
        assertThat(anyone.get("/api/public/forum/editions")
                        .json()
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("GSEF2020");
        JsonNode gsef2020 = anyone.get("/api/public/forum/editions/current").json();
        assertThat(gsef2020.get("name").asString()).isEqualTo("GSEF2020");
        assertThat(gsef2020.get("roadmap").get(0).propertyNames()).contains("title", "owner", "dueOn", "status");
        JsonNode calendar = anyone.get("/api/public/activities?limit=200").json();
        assertThat(calendar.toString()).contains("\"partners\":[\"UCLG\"]", "\"participants\":60");
        assertThat(calendar.get(0).propertyNames()).doesNotContain("outcome", "note");
        assertThat(anyone.get("/api/public/audit-key").body()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    private static String seedId(String type, String key) {
        return SeedImporter.id(type, key).toString();
    }
}
