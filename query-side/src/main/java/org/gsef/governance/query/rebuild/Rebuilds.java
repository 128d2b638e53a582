package org.gsef.governance.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.monitoring.Progress;
import org.gsef.governance.query.catalogue.ReadModels;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelsPromoted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the event store into the shadow schema, without disturbing the live ones: the job. It
 * starts one rebuild at a time (across every query-side process, by {@link RebuildRecords}), replays the store
 * ({@link ShadowReplay}) while reporting progress (events done and remaining, rate, time left) in its status, the log
 * and the metrics, compares shadow and live table by table when done ({@link ShadowSchema#compare}), and promotes a
 * rebuilt model to live on request ({@link Promotion}).
 */
@Component
public class Rebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final RebuildRecords records;
    private final ShadowReplay replay;
    private final Promotion promotion;
    private final ApplicationEventPublisher published;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildProgress> current = new AtomicReference<>();

    Rebuilds(
            DataSource dataSource,
            JdbcClient jdbc,
            Serializer serializer,
            RebuildRecords records,
            ShadowReplay replay,
            Promotion promotion,
            ApplicationEventPublisher published,
            MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.records = records;
        this.replay = replay;
        this.promotion = promotion;
        this.published = published;
        Gauge.builder("gsef.readmodel.rebuild.events.done", current, c -> count(c, Progress::done))
                .description("events the running rebuild has handled")
                .register(metrics);
        Gauge.builder("gsef.readmodel.rebuild.events.remaining", current, c -> count(c, Progress::remaining))
                .description("events the running rebuild has still to handle")
                .register(metrics);
        Gauge.builder("gsef.readmodel.rebuild.events.rate", current, c -> count(c, Progress::rate))
                .description("events per second of the running rebuild")
                .register(metrics);
    }

    /** What a rebuild did, or is doing. */
    public record Status(
            UUID rebuildId,
            List<String> readModels,
            RebuildStatus status,
            String requestedBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            long eventsDone,
            long eventsRemaining,
            double eventsPerSecond,
            Long secondsLeft,
            Long position,
            Comparison comparison,
            Timings timings,
            String failure) {}

    /**
     * How long each step took, in seconds (null for a step not taken): the replay of the store into the shadow tables
     * (with its own rate), building their indexes and logging them, comparing them with the live ones, and the
     * promotion.
     */
    public record Timings(
            Double replaySeconds,
            Double replayEventsPerSecond,
            Double indexSeconds,
            Double comparisonSeconds,
            Double promotionSeconds) {

        Timings promoted(double seconds) {
            return new Timings(replaySeconds, replayEventsPerSecond, indexSeconds, comparisonSeconds, seconds);
        }
    }

    /** Shadow against live, table by table, at the end of the rebuild (or on demand). */
    public record Comparison(boolean identical, Long shadowPosition, List<TableComparison> tables) {}

    /** Live and shadow rows of one table, and the rows only one of them has (with up to five keys of each). */
    public record TableComparison(
            String table,
            long liveRows,
            long shadowRows,
            long onlyLive,
            long onlyShadow,
            List<String> onlyLiveExamples,
            List<String> onlyShadowExamples) {

        public boolean identical() {
            return onlyLive == 0 && onlyShadow == 0;
        }
    }

    /** Starts rebuilding the named read models ({@code all}, or none named: every one) into the shadow schema. */
    public Status start(List<String> names, String requestedBy) {
        List<ReadModel> models = resolve(names);
        records.failAbandoned(ABANDONED_AFTER);
        if (current.get() != null || records.anyRunning()) {
            throw new RuleViolation(Refusal.REBUILD_RUNNING, "a rebuild is running already; wait for it to finish");
        }
        long total = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        UUID id = UUID.randomUUID();
        List<String> processors = models.stream().map(ReadModel::processor).toList();
        records.started(id, processors, requestedBy, total);
        log.info("rebuild {} of {}: replaying the event store into the shadow schema", id, processors);
        RebuildProgress progress = new RebuildProgress(id, total);
        current.set(progress);
        worker.submit(() -> run(progress, models));
        return status(id);
    }

    public Optional<Status> find(UUID id) {
        return records.find(id);
    }

    /** The latest rebuilds, newest first. */
    public List<Status> recent() {
        return records.recent(20).stream().map(this::status).toList();
    }

    private void run(RebuildProgress progress, List<ReadModel> models) {
        try (Connection connection = dataSource.getConnection();
                ShadowSchema shadow = ShadowSchema.recreate(
                        connection,
                        models.stream()
                                .flatMap(model -> model.tables().stream())
                                .toList())) {
            long started = System.nanoTime();
            TrackingToken last = replay.replay(shadow, models, progress, records::heartbeat);
            long replayed = System.nanoTime();
            shadow.ready();
            long indexed = System.nanoTime();
            Long position = last == null ? null : progress.position.get();
            Comparison comparison = compare(shadow, models, position);
            long compared = System.nanoTime();
            double replaySeconds = seconds(started, replayed);
            Timings timings = new Timings(
                    replaySeconds,
                    replaySeconds > 0 ? progress.events.done() / replaySeconds : null,
                    seconds(replayed, indexed),
                    seconds(indexed, compared),
                    null);
            SerializedObject<byte[]> token = last == null ? null : serializer.serialize(last, byte[].class);
            records.completed(
                    progress,
                    position,
                    token == null ? null : new String(token.getData(), StandardCharsets.UTF_8),
                    token == null ? null : token.getType().getName(),
                    comparison,
                    timings);
            progress.events.finish();
            log.info(
                    "rebuild {} completed ({}); shadow and live are {}",
                    progress.id,
                    timings,
                    comparison.identical() ? "identical" : "different: " + differences(comparison));
        } catch (Exception | LinkageError e) {
            log.error("rebuild {} failed", progress.id, e);
            records.failed(progress.id, String.valueOf(e.getMessage()));
        } finally {
            current.set(null);
        }
    }

    /** Compares the shadow of the latest completed rebuild with the live tables as they are now. */
    public Comparison compareAgain(UUID id) {
        Status status = completed(id);
        List<ReadModel> models = resolve(status.readModels());
        try (Connection connection = dataSource.getConnection();
                ShadowSchema shadow = ShadowSchema.existing(connection)) {
            return compare(shadow, models, status.position());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compare the shadow of rebuild " + id, e);
        }
    }

    private static Comparison compare(ShadowSchema shadow, List<ReadModel> models, Long position) throws SQLException {
        List<TableComparison> tables = new ArrayList<>();
        for (ReadModel model : models) {
            for (String table : model.tables()) {
                tables.add(shadow.compare(table));
            }
        }
        return new Comparison(tables.stream().allMatch(TableComparison::identical), position, tables);
    }

    /** Makes the shadow of the latest completed rebuild live (see {@link Promotion}). */
    public Status promote(UUID id) {
        Status status = completed(id);
        long started = System.nanoTime();
        promotion.promote(id, resolve(status.readModels()));
        published.publishEvent(new ReadModelsPromoted(status.readModels()));
        records.timings(
                id,
                (status.timings() == null ? new Timings(null, null, null, null, null) : status.timings())
                        .promoted(seconds(started, System.nanoTime())));
        log.info(
                "rebuild {} promoted: {} now live, going on from position {}",
                id,
                status.readModels(),
                status.position());
        return status(id);
    }

    private Status status(UUID id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rebuild " + id));
    }

    private Status completed(UUID id) {
        Status status = status(id);
        if (status.status() != RebuildStatus.COMPLETED) {
            throw new RuleViolation(Refusal.REBUILD_NOT_COMPLETED, "rebuild " + id + " is " + status.status());
        }
        if (!records.latest().orElseThrow().equals(id)) {
            throw new RuleViolation(Refusal.REBUILD_SUPERSEDED, "a later rebuild has replaced the shadow of " + id);
        }
        return status;
    }

    private static List<ReadModel> resolve(List<String> names) {
        if (names == null || names.isEmpty() || names.equals(List.of("all"))) {
            return ReadModels.ALL;
        }
        List<ReadModel> models = new ArrayList<>();
        for (String name : names) {
            models.add(ReadModels.named(name)
                    .orElseThrow(() -> new IllegalArgumentException("no read model is named " + name + "; known: "
                            + ReadModels.ALL.stream().map(ReadModel::processor).toList())));
        }
        return models;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String differences(Comparison comparison) {
        return comparison.tables().stream()
                .filter(table -> !table.identical())
                .map(table -> table.table() + " (" + table.onlyLive() + " rows only live, " + table.onlyShadow()
                        + " only rebuilt)")
                .toList()
                .toString();
    }

    private static double count(AtomicReference<RebuildProgress> current, ToDoubleFunction<Progress> figure) {
        RebuildProgress running = current.get();
        return running == null ? 0 : figure.applyAsDouble(running.events);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
