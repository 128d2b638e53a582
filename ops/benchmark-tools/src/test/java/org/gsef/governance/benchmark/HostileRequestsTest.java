package org.gsef.governance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostileRequestsTest {

    private final List<Faults.Hostile> requests = HostileRequests.generate(1200, new Random(20191015));

    @Test
    void at_least_as_many_as_asked_and_every_kind_of_fault_among_them() {
        assertThat(requests).hasSizeGreaterThanOrEqualTo(1200);
        assertThat(requests.stream().map(Faults.Hostile::what))
                .anyMatch(what -> what.startsWith("wrong type"))
                .anyMatch(what -> what.startsWith("missing"))
                .anyMatch(what -> what.startsWith("unknown field"))
                .anyMatch(what -> what.startsWith("unknown value"))
                .anyMatch(what -> what.startsWith("injection"))
                .anyMatch(what -> what.equals("broken JSON"))
                .anyMatch(what -> what.startsWith("content type"))
                .anyMatch(what -> what.startsWith("method"))
                .anyMatch(what -> what.equals("2 MB body"))
                .anyMatch(what -> what.equals("invalid UTF-8"));
    }

    @Test
    void no_broken_body_is_the_valid_one_it_was_made_from() {
        String validSubmission = "{\"organisationName\":\"Cooperativa Hostil\",\"kind\":\"LOCAL_SSE_NETWORK\","
                + "\"country\":\"MX\",\"region\":\"LATIN_AMERICA_AND_CARIBBEAN\",\"city\":\"Puebla\","
                + "\"preferredLanguage\":\"SPANISH\"}";
        assertThat(requests.stream()
                        .filter(request -> request.method().equals("POST"))
                        .filter(request -> request.body() != null && request.contentType() != null)
                        .filter(request -> request.contentType().equals("application/json"))
                        .map(request -> new String(request.body(), StandardCharsets.UTF_8)))
                .doesNotContain(validSubmission);
        assertThat(requests.stream()
                        .filter(request -> request.what().equals("2 MB body"))
                        .mapToInt(request -> request.body().length))
                .allMatch(length -> length > 2 * 1024 * 1024);
    }
}
