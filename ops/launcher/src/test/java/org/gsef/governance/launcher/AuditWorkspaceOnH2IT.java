package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The auditors' workspace reads the same on the newcomer's embedded H2 database as on PostgreSQL: the trail's filters
 * and keyset orders, a decision explained, the readings log and the vote receipts (read-model migration V16).
 */
class AuditWorkspaceOnH2IT {

    @TempDir
    Path dataDir;

    @Test
    void the_trail_a_decision_the_readings_and_the_receipts_answer_on_h2() {
        String[] arguments = {
            "--gsef.data-dir=" + dataDir,
            "--spring.profiles.active=demo",
            "--spring.datasource.url=" + "jdbc:h2:file:" + dataDir + "/gsef"
        };
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "audit-h2", arguments)) {
            Api auditor = run.api().as("auditor");
            JsonNode closed = Eventually.await(
                            () -> auditor.get("/api/audit/trail?order=newest&eventType=BallotClosed&limit=10"),
                            r -> r.status() == 200 && !r.json().get("entries").isEmpty())
                    .json();
            String ballot = closed.get("entries").get(0).get("entityId").asString();

            JsonNode votes = auditor.get(
                            "/api/audit/trail?order=newest&entityType=Ballot&role=DELEGATE&seat=bamako-city"
                                    + "&text=b&limit=1000")
                    .json();
            assertThat(votes.get("entries")).isNotEmpty();
            votes.get("entries")
                    .forEach(entry ->
                            assertThat(entry.get("actorSeat").asString()).isEqualTo("bamako-city"));
            assertThat(auditor.get("/api/audit/trail?text=seoul-city&limit=5")
                            .json()
                            .get("entries"))
                    .isNotEmpty();
            assertThat(auditor.get("/api/audit/trail?text=seoul_city&limit=5")
                            .json()
                            .get("entries"))
                    .as("an underscore is a character, not a wildcard")
                    .isEmpty();

            Api.Response decision = auditor.get("/api/audit/decisions/" + ballot + "?download=true");
            assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
            assertThat(decision.json()
                            .get("ballot")
                            .get(0)
                            .get("link")
                            .get("chainHash")
                            .asString())
                    .hasSize(64);
            assertThat(auditor.get("/api/audit/checkpoints").status()).isEqualTo(200);
            assertThat(auditor.get("/api/audit/readings")
                            .json()
                            .get(0)
                            .get("activity")
                            .asString())
                    .isEqualTo("EXPORTED_DECISION");
            // The chain as H2 links it (each entity's last link found by its own query): verified end to end.
            JsonNode verification = Eventually.await(
                    () -> auditor.get("/api/audit/verification").json(),
                    v -> !v.get("intact").asBoolean()
                            || v.get("links").asLong() == v.get("events").asLong());
            assertThat(verification.get("intact").asBoolean())
                    .as(verification.toString())
                    .isTrue();
            assertThat(verification.get("links").asLong()).isGreaterThan(100);

            Api.Response receipts = run.api().as("bamako-city").get("/api/vote-receipts");
            assertThat(receipts.status()).as(receipts.toString()).isEqualTo(200);
            assertThat(receipts.json()).isNotEmpty();
        }
    }
}
