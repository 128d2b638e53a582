package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Erasing a person deletes their key: they read as erased, the erasure is on record, and history still verifies. */
@SingleNodeOnPostgres(properties = "gsef.seed.load-on-start=true")
class ErasureIT {

    @LocalServerPort
    int port;

    @Test
    void an_erased_contact_reads_as_erased_the_erasure_is_recorded_and_the_chain_still_verifies() {
        Api secretariat = new Api(port).as("secretariat");
        String id = Governance.submitted(secretariat, """
                {"organisationName": "Ville de Rabat", "kind": "LOCAL_GOVERNMENT", "country": "MA", "region": "AFRICA",
                 "city": "Rabat", "preferredLanguage": "FRENCH",
                 "contact": {"name": "Sam Example", "email": "sam@example.org"}}""");
        String path = Applications.PATH + "/" + id;
        JsonNode before = Eventually.await(() -> secretariat.get(path), r -> r.status() == 200)
                .json();
        assertThat(before.get("contact").get("email").asString()).isEqualTo("sam@example.org");

        Governance.expect(202, secretariat.post(path + "/contact/erasure", "{\"reason\": \"request of the person\"}"));
        JsonNode after = Eventually.await(
                        () -> secretariat.get(path),
                        r -> r.json().get("version").asLong()
                                > before.get("version").asLong())
                .json();
        assertThat(after.get("contact").get("erased").asBoolean()).isTrue();
        assertThat(after.toString()).doesNotContain("sam@example.org", "Sam Example");
        assertThat(secretariat
                        .post(path + "/contact/erasure", "{\"reason\": \"again\"}")
                        .status())
                .isEqualTo(409);

        JsonNode verified = Eventually.await(
                this::verify,
                r -> r.get("intact").asBoolean()
                        && r.get("links").asLong() == r.get("events").asLong());
        assertThat(verified.get("intact").asBoolean())
                .as("the events are unchanged: the chain still verifies")
                .isTrue();
    }

    @Test
    void an_erased_advisor_reads_as_erased_and_the_erasure_is_on_the_trail() {
        Api secretariat = new Api(port).as("secretariat");
        JsonNode advisor = Eventually.await(
                        () -> secretariat.get("/api/committee/advisors"),
                        r -> r.status() == 200 && !r.json().isEmpty())
                .json()
                .get(0);
        String id = advisor.get("advisorId").asString();
        String name = advisor.get("name").asString();
        assertThat(advisor.get("erased").asBoolean()).isFalse();

        Governance.expect(
                202, secretariat.post("/api/committee/advisors/" + id + "/erasure", "{\"reason\": \"request\"}"));
        JsonNode erased = find(secretariat.get("/api/committee/advisors").json(), id);
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(secretariat.get("/api/committee/advisors").body()).doesNotContain(name);
        assertThat(secretariat
                        .post("/api/committee/advisors/" + id + "/erasure", "{\"reason\": \"again\"}")
                        .status())
                .isEqualTo(409);
        JsonNode trail = Eventually.await(
                        () -> new Api(port).as("auditor").get("/api/audit/trail?type=AdvisorNameErased"),
                        r -> r.json().get("entries").size() == 1)
                .json()
                .get("entries")
                .get(0);
        assertThat(trail.get("content").get("advisorId").asString()).isEqualTo(id);
        assertThat(trail.get("actorId").asString()).isEqualTo("secretariat");
        assertThat(new Api(port)
                        .as("auditor")
                        .get("/api/audit/trail/export?format=jsonl")
                        .body())
                .as("the export holds no name in plain form")
                .doesNotContain(name);
        Api auditor = new Api(port).as("auditor");
        assertThat(auditor.get("/api/audit/trail?type=AdvisorNameErased&text=request")
                        .json()
                        .get("entries"))
                .as("the erasure's own words are found")
                .hasSize(1);
        for (String words : java.util.List.of(name, name.split(" ")[0])) {
            assertThat(auditor.get("/api/audit/trail?text="
                                    + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8))
                            .json()
                            .get("entries"))
                    .as("the trail's words hold no sealed name: " + words)
                    .isEmpty();
        }
    }

    private static JsonNode find(JsonNode advisors, String id) {
        for (JsonNode advisor : advisors) {
            if (advisor.get("advisorId").asString().equals(id)) {
                return advisor;
            }
        }
        throw new AssertionError("no advisor " + id + " in " + advisors);
    }

    private JsonNode verify() {
        return new Api(port).as("auditor").get("/api/audit/verification").json();
    }
}
