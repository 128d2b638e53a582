package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue #15: a former Secretariat token still submitted (and erased) after a restart that changed the account's role.
 * A token whose roles, seat or organisation no longer match its account is refused on its next request. And a token
 * that cannot be checked against the revocation list, the database being out of reach, is answered 503 with
 * Retry-After like the rest of the API, never 500 (ops/faults' database outage requires it).
 */
class TokenAccountChangeIT {

    @Test
    void a_token_of_an_account_changed_on_a_restart_is_refused_and_an_unreadable_revocation_list_answers_503() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        String formerSecretariat;
        String chair;
        try (RunningApplication before =
                RunningApplication.start(GsefGovernance.class, "before", database.arguments())) {
            formerSecretariat = token(before.api().as("secretariat"));
            chair = token(before.api().as("chair"));
            assertThat(before.api()
                            .withBearer(formerSecretariat)
                            .get(Applications.PATH)
                            .status())
                    .isEqualTo(200);
        }

        String[] changed = Stream.concat(
                        Stream.of(database.arguments()),
                        Stream.of(
                                "--gsef.security.accounts[0].username=secretariat",
                                "--gsef.security.accounts[0].password-hash={bcrypt}"
                                        + new BCryptPasswordEncoder(4).encode("a-new-password-2026"),
                                "--gsef.security.accounts[0].roles=AUDITOR"))
                .toArray(String[]::new);
        try (RunningApplication after = RunningApplication.start(GsefGovernance.class, "after", changed)) {
            Api former = after.api().withBearer(formerSecretariat);
            Api.Response submitted =
                    former.post(Applications.PATH, Applications.submission("Ville de Lyon", "FR", "Lyon"));
            assertThat(submitted.status())
                    .as("the former Secretariat's token submits after the role changed")
                    .isEqualTo(401);
            assertThat(submitted.contentType()).startsWith("application/problem+json");
            assertThat(former.get(Applications.PATH).status()).isEqualTo(401);
            assertThat(after.api().withBearer(chair).get(Applications.PATH).status())
                    .as("a token of an account that did not change")
                    .isEqualTo(200);

            Api auditor = after.api().withTokenOf("auditor");
            database.refuseConnections(true);
            try {
                Api.Response outage = auditor.get(Applications.PATH);
                assertThat(outage.status()).as(outage.body()).isEqualTo(503);
                assertThat(outage.header("Retry-After")).isNotBlank();
                assertThat(outage.contentType()).startsWith("application/problem+json");
            } finally {
                database.refuseConnections(false);
            }
            Eventually.await(
                    Duration.ofSeconds(30), () -> auditor.get(Applications.PATH).status(), status -> status == 200);
        }
    }

    private static String token(Api account) {
        Api.Response issued = account.post("/api/auth/token", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json().get("access_token").asString();
    }
}
