package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilding read models from the event store into shadow tables, on PostgreSQL, over the demo's 2019 history (every
 * read model has rows): a full rebuild reproduces every live table exactly; a damaged table is found by the comparison
 * and repaired by promoting the rebuilt one, after which the projection goes on with new events.
 */
@SingleNodeOnPostgres
@ActiveProfiles("demo")
class RebuildIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Test
    void a_full_rebuild_reproduces_every_read_model_exactly() {
        awaitCaughtUp();
        // The demo records no document: the minutes of a meeting, attached here, fill the documents' read model.
        String meeting = count("SELECT meeting_id FROM meeting_view ORDER BY starts_on FETCH FIRST 1 ROWS ONLY");
        Documents.Answer minutes =
                Documents.attach(port, "secretariat", "MEETING", meeting, "Minutes of the meeting.pdf", Documents.PDF);
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(201);
        awaitCaughtUp();
        long events = Long.parseLong(count("SELECT count(*) FROM domain_event_entry"));
        JsonNode done = rebuild("{}");

        assertThat(done.get("eventsDone").asLong()).isEqualTo(events);
        JsonNode comparison = done.get("comparison");
        List<String> tables = new ArrayList<>();
        for (JsonNode table : comparison.get("tables")) {
            tables.add(table.get("table").asString());
            assertThat(table.get("onlyLive").asLong()).as(table.toString()).isZero();
            assertThat(table.get("onlyShadow").asLong()).as(table.toString()).isZero();
            assertThat(table.get("shadowRows").asLong())
                    .isEqualTo(table.get("liveRows").asLong());
        }
        assertThat(comparison.get("identical").asBoolean()).isTrue();
        assertThat(tables)
                .contains(
                        "membership_application_view",
                        "member_view",
                        "ballot_view",
                        "ballot_vote_view",
                        "committee_seat_view",
                        "meeting_view",
                        "forum_edition_view",
                        "milestone_view",
                        "activity_view",
                        "indicator_view",
                        "audit_trail");
        for (JsonNode table : comparison.get("tables")) {
            if (table.get("table").asString().equals("entity_state_memo")) {
                // Kept only for entities with 500 events or more, which the demo need not have
                // (EntityStatesIT fills it).
                continue;
            }
            assertThat(table.get("liveRows").asLong())
                    .as("the demo fills " + table.get("table").asString())
                    .isPositive();
        }
        assertThat(new Api(port).as("operator").get("/actuator/prometheus").body())
                .contains("gsef_readmodel_rebuild_events_done", "gsef_readmodel_rebuild_events_remaining");
    }

    @Test
    void a_damaged_read_model_is_found_and_replaced_by_the_rebuilt_one() throws SQLException {
        awaitCaughtUp();
        Api auditor = new Api(port).as("auditor");
        String member = count("SELECT member_id FROM member_view ORDER BY organisation_name FETCH FIRST 1 ROWS ONLY");
        String name = auditor.get("/api/members/" + member)
                .json()
                .get("organisationName")
                .asString();
        execute("UPDATE member_view SET organisation_name = 'Damaged outside the application' WHERE member_id = '"
                + member + "'");

        JsonNode done = rebuild("{\"readModels\": [\"members\"]}");
        JsonNode table = done.get("comparison").get("tables").get(0);
        assertThat(done.get("comparison").get("identical").asBoolean()).isFalse();
        assertThat(table.get("table").asString()).isEqualTo("member_view");
        assertThat(table.get("onlyLive").asLong()).isEqualTo(1);
        assertThat(table.get("onlyShadow").asLong()).isEqualTo(1);
        assertThat(table.get("onlyLiveExamples").get(0).asString()).isEqualTo(member);
        assertThat(auditor.get("/api/members/" + member)
                        .json()
                        .get("organisationName")
                        .asString())
                .as("the live table is untouched until promotion")
                .isEqualTo("Damaged outside the application");

        String id = done.get("rebuildId").asString();
        expect(403, auditor.post("/api/read-models/rebuilds/" + id + "/promotion", ""));
        Api.Response promoted =
                new Api(port).as("secretariat").post("/api/read-models/rebuilds/" + id + "/promotion", "");
        expect(200, promoted);
        assertThat(promoted.json().get("status").asString()).isEqualTo("PROMOTED");
        assertThat(auditor.get("/api/members/" + member)
                        .json()
                        .get("organisationName")
                        .asString())
                .isEqualTo(name);

        String imported = new Api(port)
                .as("secretariat")
                .post("/api/members/imports", """
                        {"organisationName": "Ville de Québec", "kind": "LOCAL_GOVERNMENT", "country": "CA",
                         "region": "NORTH_AMERICA", "city": "Québec", "preferredLanguage": "FRENCH",
                         "source": "2019 member list"}""")
                .json()
                .get("id")
                .asString();
        Eventually.await(() -> auditor.get("/api/members/" + imported), r -> r.status() == 200);
        assertThat(new Api(port)
                        .as("secretariat")
                        .post("/api/read-models/rebuilds/" + id + "/promotion", "")
                        .status())
                .as("a rebuild is promoted once")
                .isEqualTo(409);
    }

    /**
     * An event stored at its first revision (as a store that predates revision 2 holds it) is read at the current one
     * everywhere: by the live projections, the aggregate, time travel and a rebuild.
     */
    @Test
    void a_store_holding_old_revisions_replays_them_as_the_current_one() throws SQLException {
        awaitCaughtUp();
        String ballot = count("SELECT ballot_id FROM ballot_view WHERE title = 'Admission of the City of Dakar'");
        long next = Long.parseLong(
                        count("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = '"
                                + ballot + "'"))
                + 1;
        String legacy = UUID.randomUUID().toString();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                               time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Ballot', ?, ?, NULL, ?, ?)""")) {
            insert.setString(1, legacy);
            insert.setString(2, ballot);
            insert.setLong(3, next);
            insert.setString(4, DateTimeUtils.formatInstant(Instant.now()));
            insert.setString(5, "org.gsef.governance.kernel.committee.BallotEvent$VoteRefused");
            insert.setBytes(6, """
                    {"ballotId":"%s","seat":"avpn","reason":"not-delegate-of-seat","at":"%s"}""".formatted(ballot, Instant.now()).getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{\"actorId\":\"legacy-user\",\"actorSeat\":\"apay\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }

        Api auditor = new Api(port).as("auditor");
        JsonNode trail = Eventually.await(
                        () -> auditor.get("/api/audit/entities/" + ballot + "/timeline"),
                        r -> r.body().contains(legacy))
                .json()
                .get("entries");
        JsonNode refused = trail.get(trail.size() - 1);
        assertThat(refused.get("eventId").asString()).isEqualTo(legacy);
        assertThat(refused.get("content").get("attemptedBy").asString())
                .as("revision 2's field, taken from the metadata")
                .isEqualTo("apay");
        assertThat(auditor.get("/api/audit/entities/" + ballot)
                        .json()
                        .get("state")
                        .get("attemptedBy")
                        .asString())
                .isEqualTo("apay");
        // The event went in behind the command side's back, as another command-side process's would: the ballot the
        // aggregate cache holds is one event behind, so the first vote collides on the sequence number (409) and drops
        // the entry, and the vote sent again is sourced through the old event.
        Api.Response vote = Governance.vote(new Api(port), "bilbao-city", ballot, "bilbao-city", "YES");
        if (vote.status() == 409) {
            vote = Governance.vote(new Api(port), "bilbao-city", ballot, "bilbao-city", "YES");
        }
        expect(202, vote);
        assertThat(count("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = '" + ballot
                        + "'"))
                .as("the ballot was sourced through the old event and went on after it")
                .isEqualTo(Long.toString(next + 1));

        awaitCaughtUp();
        JsonNode done = rebuild("{\"readModels\": [\"ballots\", \"audit-trail\"]}");
        assertThat(done.get("comparison").get("identical").asBoolean())
                .as(done.toString())
                .isTrue();
    }

    /**
     * The plans as of now, computed from the events, are the live objectives exactly, indicator by indicator; an
     * earlier instant shows the record as it stood then.
     */
    @Test
    void the_objectives_as_of_an_instant_are_computed_from_the_events_recorded_by_then() throws InterruptedException {
        awaitCaughtUp();
        Api auditor = new Api(port).as("auditor");
        Map<String, JsonNode> live = indicators(auditor.get("/api/objectives").json());
        Map<String, JsonNode> now =
                indicators(auditor.get("/api/audit/objectives").json());
        assertThat(now.keySet()).isNotEmpty().isEqualTo(live.keySet());
        live.forEach((code, indicator) -> assertThat(now.get(code)).as(code).isEqualTo(indicator));
        assertThat(auditor.get("/api/audit/objectives?asOf=2000-01-01T00:00:00Z")
                        .json())
                .as("no plan was adopted yet")
                .isEmpty();

        String reported = live.keySet().stream()
                .filter(code -> live.get(code).get("source").asString().equals("REPORTED"))
                .findFirst()
                .orElseThrow();
        String plan = reported.substring(0, reported.indexOf('/'));
        String code = reported.substring(reported.indexOf('/') + 1);
        double before = live.get(reported).get("actual").asDouble();
        Thread.sleep(20);
        Instant beforeReport = Instant.now();
        Thread.sleep(20);
        expect(
                202,
                new Api(port)
                        .as("secretariat")
                        .post("/api/strategic-plans/" + plan + "/indicators/" + code + "/values", """
                {"value": %s, "asOf": "2019-06-30", "evidence": "second quarter report"}""".formatted(
                                        before + 7)));
        assertThat(indicators(auditor.get("/api/audit/objectives?asOf=" + beforeReport)
                                .json())
                        .get(reported)
                        .get("actual")
                        .asDouble())
                .isEqualTo(before);
        JsonNode after = indicators(auditor.get("/api/audit/objectives").json()).get(reported);
        assertThat(after.get("actual").asDouble()).isEqualTo(before + 7);
        assertThat(after.get("evidence").asString()).isEqualTo("second quarter report");
    }

    private static Map<String, JsonNode> indicators(JsonNode plans) {
        Map<String, JsonNode> indicators = new HashMap<>();
        for (JsonNode plan : plans) {
            for (JsonNode direction : plan.get("directions")) {
                for (JsonNode objective : direction.get("objectives")) {
                    for (JsonNode indicator : objective.get("indicators")) {
                        indicators.put(
                                plan.get("planId").asString() + "/"
                                        + indicator.get("code").asString(),
                                indicator);
                    }
                }
            }
        }
        return indicators;
    }

    /** Starts a rebuild and waits for it to finish; its progress is visible meanwhile. */
    private JsonNode rebuild(String request) {
        Api.Response started = new Api(port).as("secretariat").post("/api/read-models/rebuilds", request);
        expect(202, started);
        assertThat(started.header("Location"))
                .contains(started.json().get("rebuildId").asString());
        String path =
                "/api/read-models/rebuilds/" + started.json().get("rebuildId").asString();
        JsonNode done = Eventually.await(
                        Duration.ofSeconds(60),
                        () -> new Api(port).as("auditor").get(path),
                        r -> !r.json().get("status").asString().equals("RUNNING"))
                .json();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("eventsRemaining").asLong()).isZero();
        assertThat(done.get("position").asLong()).isPositive();
        return done;
    }

    private void awaitCaughtUp() {
        Eventually.await(
                Duration.ofSeconds(60), () -> new Api(port).as("auditor").get("/api/read-models"), r -> {
                    JsonNode models = r.json();
                    boolean all = models.size() > 0;
                    for (JsonNode model : models) {
                        all &= model.get("caughtUp").asBoolean();
                    }
                    return all;
                });
    }

    private String count(String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }
}
