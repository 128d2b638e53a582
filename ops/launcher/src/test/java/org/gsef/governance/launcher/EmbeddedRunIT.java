package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

/**
 * The newcomer's run: an H2 file database under a data folder, demo mode (demo data loaded once, demo accounts,
 * loopback only), everything kept on restart. Without the demo profile there are no demo accounts.
 */
class EmbeddedRunIT {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_run_is_healthy_shows_the_demo_and_keeps_it_across_restarts() {
        String[] arguments = {
            "--gsef.data-dir=" + dataDir,
            "--spring.profiles.active=demo",
            "--spring.datasource.url=" + "jdbc:h2:file:" + dataDir + "/gsef"
        };
        String feed;
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "embedded", arguments)) {
            assertThat(run.bean(Environment.class).getProperty("server.address"))
                    .as("demo mode listens on loopback only")
                    .isEqualTo("127.0.0.1");
            Api api = run.api().as("secretariat");
            assertThat(api.get("/actuator/health").json().get("status").asString())
                    .isEqualTo("UP");
            Api.Response demo = Eventually.await(
                    () -> api.get(Applications.PATH),
                    r -> r.json().size() == 4 && r.body().contains("\"ADMITTED\""));
            assertThat(demo.body())
                    .contains("Liverpool City Region", "Ville de Dakar", "Kampala Capital City Authority");
            // A private calendar feed on H2 too (its table and JPA mapping), kept across the restart below.
            String address =
                    api.post("/api/calendar/feed", "").json().get("address").asString();
            String calendar =
                    Eventually.await(() -> run.api().get(address).body(), body -> body.contains("UID:meeting-"));
            feed = address;
            assertThat(calendar).startsWith("BEGIN:VCALENDAR");
        }
        assertThat(dataDir.resolve("gsef.mv.db")).exists();

        try (RunningApplication again = RunningApplication.start(GsefGovernance.class, "embedded", arguments)) {
            Api.Response demo = again.api().as("auditor").get(Applications.PATH);
            assertThat(demo.json().size()).as("the demo is loaded once").isEqualTo(4);
            assertThat(again.api().get(feed).status())
                    .as("the feed address, after a restart")
                    .isEqualTo(200);
            assertThat(again.api().as("operator").get("/actuator/prometheus").body())
                    .contains("jvm_memory_used_bytes");
        }
    }

    /**
     * Issue #15: a plain start on H2 (no settings) served the demo accounts with their published password, on every
     * network interface.
     */
    @Test
    void a_start_without_the_demo_profile_has_no_demo_accounts() {
        String[] arguments = {"--gsef.data-dir=" + dataDir, "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/gsef"
        };
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "plain", arguments)) {
            for (String account : List.of("secretariat", "auditor", "operator", "chair", "ripess")) {
                assertThat(run.api().as(account).get(Applications.PATH).status())
                        .as(account + " with the demo password")
                        .isEqualTo(401);
            }
        }
    }

    /** Demo accounts on a non-loopback address stop the start, unless the override says it is meant. */
    @Test
    void demo_mode_on_every_interface_refuses_to_start_unless_told_it_is_meant() {
        String[] everywhere = {
            "--gsef.data-dir=" + dataDir,
            "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/gsef",
            "--spring.profiles.active=demo",
            "--gsef.demo-data=false",
            "--server.address=0.0.0.0"
        };
        assertThatThrownBy(() -> RunningApplication.start(GsefGovernance.class, "demo-everywhere", everywhere))
                .rootCause()
                .hasMessageStartingWith("Demo accounts, whose password is published, would be served on 0.0.0.0.")
                .hasMessageContaining("gsef.demo.allow-non-loopback=true");

        String[] unset = {
            "--gsef.data-dir=" + dataDir,
            "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/gsef",
            "--gsef.demo.accounts=true"
        };
        assertThatThrownBy(() -> RunningApplication.start(GsefGovernance.class, "demo-unset", unset))
                .rootCause()
                .hasMessageContaining("every network interface (server.address is unset)");

        String[] meant = Stream.concat(Stream.of(everywhere), Stream.of("--gsef.demo.allow-non-loopback=true"))
                .toArray(String[]::new);
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "demo-meant", meant)) {
            assertThat(run.api().as("auditor").get(Applications.PATH).status()).isEqualTo(200);
        }
    }

    /** Issue #15: a built-in account whose password hash is {noop} (or any fast or plain one) was accepted. */
    @Test
    void a_built_in_account_with_a_noop_password_hash_stops_the_start_with_a_clear_message() {
        String[] arguments = {
            "--gsef.data-dir=" + dataDir,
            "--spring.datasource.url=" + "jdbc:h2:file:" + dataDir + "/gsef",
            "--gsef.security.accounts[0].username=treasurer",
            "--gsef.security.accounts[0].password-hash={noop}open-sesame",
            "--gsef.security.accounts[0].roles=AUDITOR"
        };
        assertThatThrownBy(() -> RunningApplication.start(GsefGovernance.class, "noop", arguments))
                .rootCause()
                .hasMessage(
                        "Built-in account treasurer: its password-hash uses {noop}, which is refused; give a bcrypt,"
                                + " argon2, scrypt or pbkdf2 hash, such as {bcrypt}$2a$12$...");
    }
}
