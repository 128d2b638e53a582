package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One shape for created resources (issue #18): every command that creates a resource is answered 201, with the new
 * resource's address in {@code Location} and its id as {@code id}, the same name everywhere; the address reads the
 * resource, or names it where the API reads it in a list; and the OpenAPI description says 201 for each.
 */
@SingleNodeOnPostgres(properties = {"gsef.demo-data=true", "gsef.demo-accounts=true"})
class CreatedResourcesIT {

    @LocalServerPort
    int port;

    /** A create endpoint: who sends what, and where the API reads what it created. */
    record Create(String path, String account, String body, String collection, String readAt) {}

    @Test
    void every_create_endpoint_answers_201_with_location_and_id() {
        Api api = new Api(port);
        String edition =
                created(api, new Create("/api/forum/editions", "secretariat", """
                {"name": "GSEF2031", "hostCity": "Lyon", "country": "FR", "startsOn": "2031-05-04",
                 "endsOn": "2031-05-06"}""", "/api/forum/editions", null));
        Governance.expect(202, api.as("secretariat").post("/api/forum/editions/" + edition + "/theme", """
                {"theme": "Cities for a social economy"}"""));
        String application = Governance.reviewedApplication(api, Applications.unique("Ville de Lyon"), "FR", "Lyon");

        Map<String, Create> creates = new LinkedHashMap<>();
        creates.put(
                "an application",
                new Create(
                        Applications.PATH,
                        "secretariat",
                        Applications.submission(Applications.unique("Ciudad de Rosario"), "AR", "Rosario"),
                        Applications.PATH,
                        null));
        creates.put(
                "an admission ballot",
                new Create(
                        Applications.PATH + "/" + application + "/ballot",
                        "chair",
                        "{\"procedure\": \"WRITTEN\", \"closesAt\": \"%s\"}".formatted(Governance.writtenDeadline()),
                        "/api/ballots",
                        null));
        creates.put(
                "a ballot",
                new Create("/api/ballots", "chair", """
                {"type": "RESOLUTION", "title": "A resolution", "procedure": "WRITTEN", "closesAt": "%s"}""".formatted(Governance.writtenDeadline()), "/api/ballots", null));
        creates.put(
                "a theme ballot",
                new Create(
                        "/api/forum/editions/" + edition + "/theme/ballot",
                        "chair",
                        "{\"theme\": \"Cities for a social economy\", \"procedure\": \"WRITTEN\", \"closesAt\": \"%s\"}"
                                .formatted(Governance.writtenDeadline()),
                        "/api/ballots",
                        null));
        creates.put("a meeting", new Create("/api/meetings", "secretariat", """
                {"title": "Steering Committee call", "startsOn": "2031-02-03", "endsOn": "2031-02-03",
                 "format": "ONLINE", "location": "Online", "agenda": ["Admissions"]}""", "/api/meetings", null));
        creates.put("a member", new Create("/api/members/imports", "secretariat", """
                {"organisationName": "Ville de Grenoble", "kind": "LOCAL_GOVERNMENT", "country": "FR", "city": "Grenoble",
                 "region": "EUROPE", "preferredLanguage": "FRENCH", "source": "2019 member list"}""", "/api/members", null));
        creates.put(
                "a seat",
                new Create("/api/committee/seats", "secretariat", """
                {"seat": "grenoble", "organisationName": "Ville de Grenoble", "office": "REGIONAL_NETWORK"}""", "/api/committee/seats", "/api/committee/seats"));
        creates.put(
                "an activity",
                new Create("/api/activities", "secretariat", """
                {"kind": "TRAINING", "title": "Training in Lyon", "location": "Lyon, France", "partners": [],
                 "dates": {"from": "2031-03-10", "to": "2031-03-11", "monthOnly": false, "toBeConfirmed": false}}""", "/api/activities", "/api/activities?year=2031"));
        creates.put(
                "a strategic plan",
                new Create("/api/strategic-plans", "secretariat", """
                {"year": 2031, "directions": [{"code": "A", "title": "Grow the network", "objectives": [
                  {"code": "A1", "title": "More members", "indicators": [
                    {"code": "members-2031", "name": "Active members", "unit": "members", "metric": "ACTIVE_MEMBERS",
                     "baseline": 50, "target": 60, "startsOn": "2031-01-01", "deadline": "2031-12-31"}]}]}]}""", "/api/strategic-plans", "/api/objectives"));
        creates.forEach(
                (what, create) -> assertThat(created(api, create)).as(what).isNotBlank());

        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        for (String path : java.util.List.of(
                "/api/membership-applications",
                "/api/membership-applications/{applicationId}/ballot",
                "/api/ballots",
                "/api/forum/editions",
                "/api/forum/editions/{editionId}/theme/ballot",
                "/api/meetings",
                "/api/members/imports",
                "/api/committee/seats",
                "/api/activities",
                "/api/strategic-plans")) {
            JsonNode responses = paths.get(path).get("post").get("responses");
            assertThat(responses.has("201"))
                    .as(path + " documented 201: " + responses)
                    .isTrue();
            assertThat(responses.get("201").toString()).as(path).contains("#/components/schemas/Accepted");
        }
        assertThat(api.get("/v3/api-docs")
                        .json()
                        .get("components")
                        .get("schemas")
                        .get("Accepted")
                        .get("properties"))
                .as("one id field, named id")
                .hasSize(1);
        assertThat(api.get("/v3/api-docs")
                        .json()
                        .get("components")
                        .get("schemas")
                        .get("Accepted")
                        .get("properties")
                        .has("id"))
                .isTrue();
    }

    /** Sends the create command; checks the answer's shape and that the address reads or names what it made. */
    private String created(Api api, Create create) {
        Api.Response answer = api.as(create.account()).post(create.path(), create.body());
        assertThat(answer.status()).as(create.path() + ": " + answer).isEqualTo(201);
        String id = answer.json().get("id").asString();
        assertThat(answer.json().size()).as(create.path() + ": one field, id").isEqualTo(1);
        String location = answer.header("Location");
        assertThat(location).as(create.path()).isEqualTo(create.collection() + "/" + id);
        Api auditor = api.as("auditor");
        if (create.readAt() == null) {
            Eventually.await(() -> auditor.get(location), r -> r.status() == 200);
            assertThat(auditor.get(location).body()).contains(id);
        } else {
            Eventually.await(
                    () -> auditor.get(create.readAt()),
                    r -> r.status() == 200 && r.body().contains(id));
        }
        return id;
    }
}
