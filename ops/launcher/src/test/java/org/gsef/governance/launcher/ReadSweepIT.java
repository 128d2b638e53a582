package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * No bad input is a server error: every read of the API, as its OpenAPI document lists it, in every representation
 * (JSON, CSV, and one it does not offer), with good and bad path variables and query parameters, as the public, an
 * auditor and the Secretariat, answers a success or a 4xx problem, never a 5xx. Reproduces issue #15: {@code Accept:
 * text/csv} on {@code /api/public/activities} answered 500 (its rows are records the CSV writer could not read).
 */
// The 2019 facts loaded on start, so that every table has rows to write.
@SingleNodeOnPostgres(properties = "gsef.seed.load-on-start=true")
class ReadSweepIT {

    @LocalServerPort
    int port;

    static final List<String> REPRESENTATIONS = List.of("application/json", "text/csv", "application/xml");

    @Test
    void the_public_calendar_can_be_had_as_csv() {
        Api.Response calendar = Eventually.await(
                () -> new Api(port).withHeader("Accept", "text/csv").get("/api/public/activities"),
                response -> response.status() != 200 || response.body().lines().count() > 30);
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        assertThat(calendar.contentType()).startsWith("text/csv");
        assertThat(calendar.body().lines().findFirst().orElseThrow()).startsWith("activityId,kind,title,from,to");
    }

    @Test
    void every_read_in_every_representation_as_anyone_answers_a_success_or_a_4xx_problem() {
        Eventually.await(
                () -> new Api(port).get("/api/public/activities").json().size(), size -> size > 30);
        String application = Governance.submitted(
                new Api(port).as("secretariat"), Applications.submission("Ville de Lyon", "FR", "Lyon"));
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        Map<String, Api> people = Map.of(
                "the public", new Api(port),
                "an auditor", new Api(port).as("auditor"),
                "the Secretariat", new Api(port).as("secretariat"));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String path : paths.propertyNames()) {
            JsonNode read = paths.get(path).get("get");
            if (read == null) {
                continue;
            }
            for (String address : addresses(path, read, application)) {
                for (String representation : REPRESENTATIONS) {
                    for (Map.Entry<String, Api> person : people.entrySet()) {
                        Api.Response response = person.getValue()
                                .withHeader("Accept", representation)
                                .get(address);
                        requests++;
                        String request = "GET " + address + " (" + representation + ") as " + person.getKey();
                        if (response.status() >= 500) {
                            failures.add(request + " -> " + response);
                        } else if (response.status() >= 400
                                && !response.contentType().startsWith("application/problem+json")) {
                            failures.add(request + " -> " + response.status() + " without a problem: "
                                    + response.contentType() + " " + response.body());
                        }
                    }
                }
            }
        }
        assertThat(failures).as("of " + requests + " requests").isEmpty();
        assertThat(requests).isGreaterThan(500);
    }

    /**
     * The addresses a read is tried at: its path variables as an existing application (where one fits), as an unknown
     * identifier and as garbage; with no query parameter, and with every query parameter it declares set to garbage.
     */
    private static List<String> addresses(String path, JsonNode read, String application) {
        List<String> garbageParameters = new ArrayList<>();
        if (read.has("parameters")) {
            for (JsonNode parameter : read.get("parameters")) {
                if (parameter.get("in").asString().equals("query")) {
                    garbageParameters.add(parameter.get("name").asString() + "="
                            + URLEncoder.encode("=1+2;'x", StandardCharsets.UTF_8));
                }
            }
        }
        List<String> concrete = List.of(
                path.replaceAll("\\{seat}", "ripess").replaceAll("\\{[A-Za-z]+}", application),
                path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString()),
                path.replaceAll("\\{[A-Za-z]+}", "not-an-id"));
        List<String> addresses = new ArrayList<>();
        for (String address : concrete.stream().distinct().toList()) {
            addresses.add(address);
            if (!garbageParameters.isEmpty()) {
                addresses.add(address + "?" + String.join("&", garbageParameters));
            }
        }
        return addresses;
    }
}
