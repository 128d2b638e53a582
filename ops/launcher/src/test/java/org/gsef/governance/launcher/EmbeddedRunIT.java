package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

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
}
