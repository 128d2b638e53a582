package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.platform.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in protection (issue #15: 300 wrong passwords then the right one were answered 300 × 401 and a 200): failed
 * sign-ins are throttled per account and per client address, with growing delays and then a temporary lockout, the
 * same way whether or not the account exists, each one logged and counted. Each test signs in from a loopback address
 * of its own, as the limits per address would otherwise carry over from one test to the next.
 */
@SingleNodeOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIT {

    /** A read every role may do. */
    static final String READ = "/api/objectives";

    @LocalServerPort
    int port;

    @Test
    void three_hundred_wrong_passwords_then_the_right_one_do_not_get_the_right_one_in() {
        Client client = new Client("127.0.0.2");
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 300; attempt++) {
            statuses.add(client.get(READ, "auditor", "guess-" + attempt, null).statusCode());
        }
        HttpResponse<String> right = client.get(READ, "auditor", Api.DEMO_PASSWORD, null);

        assertThat(statuses.subList(0, 5)).as("the first failures").containsOnly(401);
        assertThat(statuses).as("401 or 429, nothing else").containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401))
                .as("guesses checked at all: a few, with delays, then none until the lockout ends")
                .hasSizeLessThanOrEqualTo(10);
        assertThat(right.statusCode())
                .as("the right password, during the lockout")
                .isEqualTo(429);
        assertThat(right.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(right.body()).contains("\"code\":\"too-many-sign-ins\"");
    }

    @Test
    void an_account_that_does_not_exist_is_answered_exactly_as_one_that_does() {
        Client client = new Client("127.0.0.3");
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            known.add(answer(client.get(READ, "chair", "guess-" + attempt, null)));
            unknown.add(answer(client.get(READ, "no-such-account", "guess-" + attempt, null)));
        }
        assertThat(unknown).isEqualTo(known);
        assertThat(known).startsWith("401 Authentication required", "401 Authentication required");
        assertThat(known).endsWith("429 Too many failed sign-ins");
    }

    @Test
    void the_sign_in_page_tells_a_wrong_password_from_a_throttled_sign_in() throws IOException {
        List<String> locations = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            locations.add(RawHttp.signIn(port, "127.0.0.7", "localhost", null, "nobody-at-the-form", "guess-" + attempt)
                    .answer()
                    .first("Location"));
        }
        assertThat(locations.getFirst()).isEqualTo("/login?error");
        assertThat(locations.getLast()).isEqualTo("/login?error=throttled");
        assertThat(locations).containsOnly("/login?error", "/login?error=throttled");
    }

    @Test
    void one_address_guessing_across_many_accounts_is_throttled_and_others_are_not() {
        Client guesser = new Client("127.0.0.4");
        List<Integer> statuses = new ArrayList<>();
        for (int account = 0; account < 30; account++) {
            statuses.add(guesser.get(READ, "someone-" + account, "guess", null).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 30)).containsOnly(429);
        assertThat(guesser.get(READ, "secretariat", Api.DEMO_PASSWORD, null).statusCode())
                .as("the right password from the guessing address")
                .isEqualTo(429);
        assertThat(new Client("127.0.0.5")
                        .get(READ, "secretariat", Api.DEMO_PASSWORD, null)
                        .statusCode())
                .as("the right password from another address")
                .isEqualTo(200);
    }

    @Test
    void every_sign_in_is_logged_with_account_address_and_correlation_id_and_counted(CapturedOutput output) {
        Client client = new Client("127.0.0.6");
        String failed = UUID.randomUUID().toString();
        String succeeded = UUID.randomUUID().toString();
        assertThat(client.get(READ, "operator", "not-the-password-42", failed).statusCode())
                .isEqualTo(401);
        assertThat(client.get(READ, "operator", Api.DEMO_PASSWORD, succeeded).statusCode())
                .isEqualTo(200);

        assertThat(output.getOut().lines().filter(line -> line.contains(failed)))
                .anyMatch(line -> line.contains("Sign-in failed")
                        && line.contains("account=operator")
                        && line.contains("address=127.0.0.6"));
        assertThat(output.getOut().lines().filter(line -> line.contains(succeeded)))
                .anyMatch(line -> line.contains("Sign-in succeeded")
                        && line.contains("account=operator")
                        && line.contains("address=127.0.0.6"));
        assertThat(output.getOut()).doesNotContain("not-the-password-42");

        String metrics = client.get("/actuator/prometheus", "operator", Api.DEMO_PASSWORD, null)
                .body();
        assertThat(metrics.lines())
                .anyMatch(line -> line.startsWith("gsef_sign_ins_total{") && line.contains("outcome=\"failure\""))
                .anyMatch(line -> line.startsWith("gsef_sign_ins_total{") && line.contains("outcome=\"success\""))
                .anyMatch(line -> line.startsWith("gsef_sign_ins_total{") && line.contains("outcome=\"throttled\""));
    }

    private static String answer(HttpResponse<String> response) {
        String body = response.body();
        int title = body.indexOf("\"title\":\"");
        return response.statusCode() + " "
                + (title < 0 ? body : body.substring(title + 9, body.indexOf('"', title + 9)));
    }

    /** A client that connects from a given loopback address, so that the server sees it as that client. */
    private final class Client {

        private final HttpClient http;

        Client(String address) {
            try {
                this.http = HttpClient.newBuilder()
                        .localAddress(InetAddress.getByName(address))
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Reads with Basic credentials, and a correlation id when given. */
        HttpResponse<String> get(String path, String username, String password, String correlationId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30));
            if (correlationId != null) {
                request.header("X-Correlation-Id", correlationId);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
