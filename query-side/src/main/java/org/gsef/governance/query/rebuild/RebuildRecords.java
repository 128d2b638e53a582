package org.gsef.governance.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.gsef.governance.query.readmodel.AsynchronousCommit;
import org.gsef.governance.query.rebuild.Rebuilds.Comparison;
import org.gsef.governance.query.rebuild.Rebuilds.Status;
import org.gsef.governance.query.rebuild.Rebuilds.Timings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every rebuild (table {@code read_model_rebuild}): what it rebuilds, its progress and heartbeat, the
 * position and token it reached, how its shadow compared with the live tables, how long each step took, and why it
 * failed. Every process of the query side reads it, so that one rebuild runs at a time across them.
 */
@Component
class RebuildRecords {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionManager asynchronous;

    RebuildRecords(
            JdbcClient jdbc, JsonMapper json, Clock clock, TransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.asynchronous = new AsynchronousCommit(transactions, dataSource);
    }

    /** A rebuild whose process stopped beating for this long is failed, so that another can start. */
    void failAbandoned(Duration after) {
        jdbc.sql("UPDATE read_model_rebuild SET status = :failed, failure = 'abandoned: its process stopped',"
                        + " finished_at = :now WHERE status = :running AND heartbeat_at < :stale")
                .param("failed", RebuildStatus.FAILED.name())
                .param("running", RebuildStatus.RUNNING.name())
                .param("now", now())
                .param("stale", now().minus(after))
                .update();
    }

    boolean anyRunning() {
        return jdbc.sql("SELECT count(*) FROM read_model_rebuild WHERE status = :running")
                        .param("running", RebuildStatus.RUNNING.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void started(UUID id, List<String> processors, String requestedBy, long total) {
        jdbc.sql("""
                        INSERT INTO read_model_rebuild (rebuild_id, read_models, status, requested_by, started_at,
                               heartbeat_at, events_done, events_total)
                        VALUES (:id, :models, :running, :by, :now, :now, 0, :total)""")
                .param("id", id.toString())
                .param("models", json.writeValueAsString(processors))
                .param("running", RebuildStatus.RUNNING.name())
                .param("by", requestedBy)
                .param("now", now())
                .param("total", total)
                .update();
    }

    /**
     * The progress after a batch, committed without waiting for the disk ({@link AsynchronousCommit}): the replay's
     * own thread writes it, a thousand times in a million events, and a heartbeat a crash loses only makes the rebuild
     * look abandoned sooner, which a crash makes it anyway.
     */
    void heartbeat(RebuildProgress progress) {
        asynchronous.executeInTransaction(() -> jdbc.sql(
                        "UPDATE read_model_rebuild SET events_done = :done, position = :position, heartbeat_at = :now"
                                + " WHERE rebuild_id = :id")
                .param("done", progress.events.done())
                .param("position", progress.position.get())
                .param("now", now())
                .param("id", progress.id.toString())
                .update());
    }

    /** Done: the position and the serialized token the rebuild reached (none for an empty store), and the comparison. */
    void completed(
            RebuildProgress progress,
            Long position,
            String token,
            String tokenType,
            Comparison comparison,
            Timings timings) {
        jdbc.sql("""
                        UPDATE read_model_rebuild SET status = :completed, finished_at = :now, heartbeat_at = :now,
                               events_done = :done, position = :position, token = :token, token_type = :type,
                               comparison = :comparison, timings = :timings
                         WHERE rebuild_id = :id""")
                .param("timings", json.writeValueAsString(timings))
                .param("completed", RebuildStatus.COMPLETED.name())
                .param("now", now())
                .param("done", progress.events.done())
                .param("position", position)
                .param("token", token)
                .param("type", tokenType)
                .param("comparison", json.writeValueAsString(comparison))
                .param("id", progress.id.toString())
                .update();
    }

    void timings(UUID id, Timings timings) {
        jdbc.sql("UPDATE read_model_rebuild SET timings = :timings WHERE rebuild_id = :id")
                .param("timings", json.writeValueAsString(timings))
                .param("id", id.toString())
                .update();
    }

    void failed(UUID id, String failure) {
        jdbc.sql("UPDATE read_model_rebuild SET status = :failed, finished_at = :now, failure = :failure"
                        + " WHERE rebuild_id = :id")
                .param("failed", RebuildStatus.FAILED.name())
                .param("now", now())
                .param("failure", failure.length() <= 2000 ? failure : failure.substring(0, 1999) + "…")
                .param("id", id.toString())
                .update();
    }

    void promoted(UUID id) {
        jdbc.sql("UPDATE read_model_rebuild SET status = :promoted WHERE rebuild_id = :id")
                .param("promoted", RebuildStatus.PROMOTED.name())
                .param("id", id.toString())
                .update();
    }

    /** The token a completed rebuild reached, serialized, with its type: {@code [token, type]}, each may be null. */
    String[] token(UUID id) {
        return jdbc.sql("SELECT token, token_type FROM read_model_rebuild WHERE rebuild_id = :id")
                .param("id", id.toString())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    Optional<UUID> latest() {
        return jdbc.sql("SELECT rebuild_id FROM read_model_rebuild ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .optional();
    }

    List<UUID> recent(int count) {
        return jdbc.sql(
                        "SELECT rebuild_id FROM read_model_rebuild ORDER BY started_at DESC FETCH FIRST :count ROWS ONLY")
                .param("count", count)
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    Optional<Status> find(UUID id) {
        return jdbc.sql("SELECT * FROM read_model_rebuild WHERE rebuild_id = :id")
                .param("id", id.toString())
                .query((rs, n) -> {
                    long done = rs.getLong("events_done");
                    long remaining = Math.max(0, rs.getLong("events_total") - done);
                    RebuildStatus status = RebuildStatus.valueOf(rs.getString("status"));
                    boolean running = status == RebuildStatus.RUNNING;
                    OffsetDateTime started = rs.getObject("started_at", OffsetDateTime.class);
                    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                    Instant until = finished == null ? clock.instant() : finished.toInstant();
                    double seconds = Math.max(
                            0.001, Duration.between(started.toInstant(), until).toMillis() / 1000.0);
                    double rate = done / seconds;
                    String comparison = rs.getString("comparison");
                    String timings = rs.getString("timings");
                    return new Status(
                            id,
                            json.readValue(rs.getString("read_models"), NAMES),
                            status,
                            rs.getString("requested_by"),
                            started,
                            finished,
                            done,
                            running ? remaining : 0,
                            rate,
                            running && rate > 0 ? Math.round(remaining / rate) : null,
                            rs.getObject("position") == null ? null : rs.getLong("position"),
                            comparison == null ? null : json.readValue(comparison, Comparison.class),
                            timings == null ? null : json.readValue(timings, Timings.class),
                            rs.getString("failure"));
                })
                .optional();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
