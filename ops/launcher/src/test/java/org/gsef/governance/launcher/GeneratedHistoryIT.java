package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gsef.governance.benchmark.HistoryGenerator;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The history ops/benchmark generates is one the system accepts as its own, on PostgreSQL: appended to a history the
 * system wrote, it verifies (seals and hash chain), a rebuild reads all of it into every read model, and the long
 * entity's state as of a past instant is computed from its events, starting from a kept state or not.
 */
@SingleNodeOnPostgres
class GeneratedHistoryIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_generated_history_verifies_rebuilds_and_travels_in_time() throws SQLException {
        Api secretariat = new Api(port).as("secretariat");
        assertThat(secretariat
                        .post(Applications.PATH, Applications.submission("Ville de Nantes", "FR", "Nantes"))
                        .status())
                .isEqualTo(201);
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/audit/verification").json(),
                report -> report.get("links").asLong() == 1);

        List<StreamingEventProcessor> stopped = new ArrayList<>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.shutDown();
                stopped.add(streaming);
            }
        });
        HistoryGenerator.Result generated;
        try (HistoryGenerator generator = new HistoryGenerator(
                database.url(),
                System.getProperty("gsef.test.db.user", "postgres"),
                System.getProperty("gsef.test.db.password", ""),
                database.dataDir().resolve("event-integrity.key"))) {
            generated = generator.generate(3_000, 1_200);
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }

        assertThat(generated.events()).isEqualTo(3_000);
        JsonNode verified = auditor.get("/api/audit/verification").json();
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("links").asLong()).isEqualTo(3_001);
        assertThat(verified.get("events").asLong()).isEqualTo(3_001);

        JsonNode started = secretariat.post("/api/read-models/rebuilds", "{}").json();
        String rebuild = started.get("rebuildId").asString();
        JsonNode done = Eventually.await(
                Duration.ofSeconds(90),
                () -> auditor.get("/api/read-models/rebuilds/" + rebuild).json(),
                status -> !status.get("status").asString().equals("RUNNING"));
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("eventsDone").asLong()).isEqualTo(3_001);
        // Every read model has its share of the generated history: each table of each holds rebuilt rows, but the
        // advisors', whose names are personal data the generator leaves out.
        assertThat(generated.perType())
                .containsKeys(
                        "MembershipApplicationSubmitted",
                        "MemberAdmitted",
                        "VoteCast",
                        "MeetingScheduled",
                        "MilestonePlanned",
                        "ActivityHeld",
                        "IndicatorValueReported",
                        "SourceDisagreementRecorded",
                        "TranslationsRecorded");
        assertThat(generated.perType().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(3_000);
        List<String> empty = new ArrayList<>();
        for (JsonNode table : done.get("comparison").get("tables")) {
            if (table.get("shadowRows").asLong() == 0) {
                empty.add(table.get("table").asString());
            }
        }
        // An advisor's name is sealed by the running system's vault, and a document's content is stored by it: the
        // generator, which writes events only, records neither.
        assertThat(empty).containsExactlyInAnyOrder("advisor_view", "document_view", "document_version_view");

        Instant asOf = generated.longEntityAsOf();
        String entity = "/api/audit/entities/" + generated.longEntity() + "?asOf=";
        JsonNode state = auditor.get(entity + asOf).json();
        assertThat(state.get("version").asLong()).isEqualTo(1_198);
        // Asked again, and earlier, the answers start from the states the first question kept every 500 events: they
        // must equal a fold of every event from the first (which ?history=true always does).
        assertThat(auditor.get(entity + asOf).json()).isEqualTo(state);
        JsonNode folded = auditor.get(entity + asOf + "&history=true").json();
        assertThat(folded.get("state")).isEqualTo(state.get("state"));
        assertThat(folded.get("history")).hasSize(1_199);
        Instant earlier = Instant.parse("2019-01-02T09:00:00Z").plusMillis(250L * 701);
        JsonNode then = auditor.get(entity + earlier).json();
        assertThat(then.get("version").asLong()).isEqualTo(700);
        assertThat(then.get("state"))
                .isEqualTo(
                        auditor.get(entity + earlier + "&history=true").json().get("state"));
        assertThat(state.get("lastEventType").asString()).isEqualTo("MembershipApplicationResubmitted");
        assertThat(state.get("state").get("organisation").get("city").asString())
                .isNotBlank();
    }
}
