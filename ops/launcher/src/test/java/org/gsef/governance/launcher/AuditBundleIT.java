package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The exported audit bundle verifies offline with {@code ops/verify-bundle} and the published key, and no longer does
 * once one byte of it is changed; a signed checkpoint changed in the database is found by verification.
 */
@SingleNodeOnPostgres
class AuditBundleIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @TempDir
    Path folder;

    @Test
    void an_exported_bundle_verifies_offline_and_fails_after_one_byte_is_changed() throws Exception {
        Api secretariat = new Api(port).as("secretariat");
        String lyon = Governance.submitted(secretariat, Applications.submission("Ville de Lyon", "FR", "Lyon"));
        Governance.expect(202, secretariat.post(Applications.PATH + "/" + lyon + "/review", ""));
        Governance.submitted(secretariat, Applications.submission("Ville de Nantes", "FR", "Nantes"));
        JsonNode chained = Eventually.await(
                this::verify, r -> r.get("intact").asBoolean() && r.get("links").asLong() == 3);

        Api.Response key = new Api(port).get("/api/public/audit-key");
        assertThat(key.status()).as("the key is published to the public").isEqualTo(200);
        Path keyFile = Files.writeString(folder.resolve("audit-key.pem"), key.body());
        Api.Response bundle = new Api(port).as("auditor").get("/api/audit/bundle");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Disposition")).contains("attachment", ".tsv");
        Path bundleFile = Files.writeString(folder.resolve("bundle.tsv"), bundle.body());

        Verified offline = verifyOffline(bundleFile, keyFile);
        assertThat(offline.exitCode()).as(offline.output()).isZero();
        assertThat(offline.output())
                .contains("verified: " + chained.get("events").asLong() + " events");
        assertThat(verify().get("checkpoints").asLong())
                .as("the export took a checkpoint, which verification checks")
                .isGreaterThanOrEqualTo(1);

        byte[] bytes = Files.readAllBytes(bundleFile);
        int middle = bundle.body().indexOf("\nevent\t") + bytes.length / 3;
        bytes[middle] ^= 0x01;
        Path changed = Files.write(folder.resolve("changed.tsv"), bytes);
        Verified tampered = verifyOffline(changed, keyFile);
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("NOT VERIFIED");

        execute("UPDATE audit_checkpoint SET taken_at = '2019-01-01T00:00:00Z'");
        JsonNode report = verify();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("problem").asString()).isEqualTo("CHECKPOINT");
    }

    record Verified(int exitCode, String output) {}

    /** Runs the documented command, as an auditor would on another machine: a JDK and two files. */
    private static Verified verifyOffline(Path bundle, Path key) throws IOException, InterruptedException {
        Path command = Path.of("..", "verify-bundle").toAbsolutePath().normalize();
        Process process = new ProcessBuilder(command.toString(), bundle.toString(), "--public-key", key.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verified(process.exitValue(), output);
    }

    private JsonNode verify() {
        return new Api(port).as("auditor").get("/api/audit/verification").json();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isGreaterThanOrEqualTo(1);
        }
    }
}
