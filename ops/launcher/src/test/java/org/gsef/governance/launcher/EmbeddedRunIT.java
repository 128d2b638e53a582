package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's run: an H2 file database under a data folder, demo data loaded once, everything kept on restart. */
class EmbeddedRunIT {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_run_is_healthy_shows_the_demo_and_keeps_it_across_restarts() {
        String[] arguments = {
            "--gsef.data-dir=" + dataDir,
            "--gsef.demo-data=true",
            "--spring.datasource.url=" + "jdbc:h2:file:" + dataDir + "/gsef"
        };
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "embedded", arguments)) {
            Api api = run.api().as("secretariat");
            assertThat(api.get("/actuator/health").json().get("status").asString())
                    .isEqualTo("UP");
            Api.Response demo = Eventually.await(
                    () -> api.get(Applications.PATH),
                    r -> r.json().size() == 4 && r.body().contains("\"ADMITTED\""));
            assertThat(demo.body())
                    .contains("Liverpool City Region", "Ville de Dakar", "Kampala Capital City Authority");
        }
        assertThat(dataDir.resolve("gsef.mv.db")).exists();

        try (RunningApplication again = RunningApplication.start(GsefGovernance.class, "embedded", arguments)) {
            Api.Response demo = again.api().as("auditor").get(Applications.PATH);
            assertThat(demo.json().size()).as("the demo is loaded once").isEqualTo(4);
            assertThat(again.api().as("operator").get("/actuator/prometheus").body())
                    .contains("jvm_memory_used_bytes");
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
