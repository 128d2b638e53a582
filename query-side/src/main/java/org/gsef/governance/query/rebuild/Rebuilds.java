package org.gsef.governance.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.query.catalogue.ReadModels;
import org.gsef.governance.query.catalogue.ReadModels.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds read models from the event store into the shadow schema, without disturbing the live ones; reports
 * progress (events done and remaining, rate, time left) in its status, the log and the metrics; compares shadow and
 * live table by table when done; and promotes a rebuilt model to live in one transaction, the model's processor then
 * going on from the position the rebuild reached. One rebuild runs at a time.
 */
@Component
public class Rebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final int BATCH = 1000;
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final EventStorageEngine events;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate liveTransaction;
    private final ReadModelProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Progress> current = new AtomicReference<>();

    public Rebuilds(
            DataSource dataSource,
            JdbcClient jdbc,
            EventStorageEngine events,
            Serializer serializer,
            EventProcessingConfiguration processing,
            PlatformTransactionManager transactions,
            ReadModelProperties properties,
            JsonMapper json,
            Clock clock,
            MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.serializer = serializer;
        this.processing = processing;
        this.liveTransaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        Gauge.builder(
                        "gsef.readmodel.rebuild.events.done",
                        current,
                        c -> progress(c).done.get())
                .description("events the running rebuild has handled")
                .register(metrics);
        Gauge.builder(
                        "gsef.readmodel.rebuild.events.remaining",
                        current,
                        c -> progress(c).remaining())
                .description("events the running rebuild has still to handle")
                .register(metrics);
        Gauge.builder(
                        "gsef.readmodel.rebuild.events.rate",
                        current,
                        c -> progress(c).rate(clock.instant()))
                .description("events per second of the running rebuild")
                .register(metrics);
    }

    /** What a rebuild did, or is doing. */
    public record Status(
            UUID rebuildId,
            List<String> readModels,
            String status,
            String requestedBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            long eventsDone,
            long eventsRemaining,
            double eventsPerSecond,
            Long secondsLeft,
            Long position,
            Comparison comparison,
            String failure) {}

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
        jdbc.sql("UPDATE read_model_rebuild SET status = 'FAILED', failure = 'abandoned: its process stopped',"
                        + " finished_at = :now WHERE status = 'RUNNING' AND heartbeat_at < :stale")
                .param("now", now())
                .param("stale", now().minus(ABANDONED_AFTER))
                .update();
        if (current.get() != null
                || jdbc.sql("SELECT count(*) FROM read_model_rebuild WHERE status = 'RUNNING'")
                                .query(Long.class)
                                .single()
                        > 0) {
            throw new RuleViolation(Refusal.REBUILD_RUNNING, "a rebuild is running already; wait for it to finish");
        }
        long total = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        UUID id = UUID.randomUUID();
        List<String> processors = models.stream().map(ReadModel::processor).toList();
        jdbc.sql("""
                        INSERT INTO read_model_rebuild (rebuild_id, read_models, status, requested_by, started_at,
                               heartbeat_at, events_done, events_total)
                        VALUES (:id, :models, 'RUNNING', :by, :now, :now, 0, :total)""")
                .param("id", id.toString())
                .param("models", String.join(",", processors))
                .param("by", requestedBy)
                .param("now", now())
                .param("total", total)
                .update();
        Progress progress = new Progress(id, total, clock.instant());
        current.set(progress);
        log.info("rebuild {} of {} started: {} events to replay into the shadow schema", id, processors, total);
        worker.submit(() -> run(progress, models));
        return status(id);
    }

    public Optional<Status> find(UUID id) {
        return jdbc.sql("SELECT * FROM read_model_rebuild WHERE rebuild_id = :id")
                .param("id", id.toString())
                .query((rs, n) -> {
                    long done = rs.getLong("events_done");
                    long remaining = Math.max(0, rs.getLong("events_total") - done);
                    Instant started =
                            rs.getObject("started_at", OffsetDateTime.class).toInstant();
                    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                    Instant until = finished == null ? clock.instant() : finished.toInstant();
                    double rate = rate(done, started, until);
                    String comparison = rs.getString("comparison");
                    Long position = rs.getObject("position") == null ? null : rs.getLong("position");
                    return new Status(
                            id,
                            List.of(rs.getString("read_models").split(",")),
                            rs.getString("status"),
                            rs.getString("requested_by"),
                            rs.getObject("started_at", OffsetDateTime.class),
                            finished,
                            done,
                            "RUNNING".equals(rs.getString("status")) ? remaining : 0,
                            rate,
                            "RUNNING".equals(rs.getString("status")) && rate > 0 ? Math.round(remaining / rate) : null,
                            position,
                            comparison == null ? null : json.readValue(comparison, Comparison.class),
                            rs.getString("failure"));
                })
                .optional();
    }

    private Status status(UUID id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rebuild " + id));
    }

    /** The latest rebuilds, newest first. */
    public List<Status> recent() {
        return jdbc
                .sql("SELECT rebuild_id FROM read_model_rebuild ORDER BY started_at DESC FETCH FIRST 20 ROWS ONLY")
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list()
                .stream()
                .map(this::status)
                .toList();
    }

    /** One share of the read models, built through a connection of its own. */
    private record Worker(TransactionTemplate transaction, List<AnnotationEventHandlerAdapter> projections) {}

    private void run(Progress progress, List<ReadModel> models) {
        int workerCount = Math.clamp(properties.rebuildWorkers(), 1, models.size());
        List<ShadowSchema> shares = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        try (Connection connection = dataSource.getConnection();
                ShadowSchema shadow = ShadowSchema.recreate(connection)) {
            for (int w = 0; w < workerCount; w++) {
                ShadowSchema share = shadow;
                if (w > 0) {
                    Connection own = dataSource.getConnection();
                    try {
                        share = ShadowSchema.existing(own);
                    } catch (SQLException | RuntimeException e) {
                        own.close();
                        throw e;
                    }
                    shares.add(share);
                }
                JdbcClient shadowJdbc = JdbcClient.create(share.dataSource());
                List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
                for (int m = w; m < models.size(); m += workerCount) {
                    projections.add(new AnnotationEventHandlerAdapter(
                            models.get(m).projection().apply(shadowJdbc)));
                }
                workers.add(new Worker(
                        new TransactionTemplate(new DataSourceTransactionManager(share.dataSource())), projections));
            }
            TrackingToken last = null;
            Instant logged = clock.instant();
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                // The workers write one batch while this thread reads and deserializes the next.
                List<TrackedEventMessage<?>> batch = nextBatch(iterator);
                while (!batch.isEmpty()) {
                    List<TrackedEventMessage<?>> current = batch;
                    List<Future<?>> handled = new ArrayList<>();
                    for (Worker worker : workers) {
                        handled.add(pool.submit(() -> worker.transaction()
                                .executeWithoutResult(
                                        tx -> current.forEach(event -> handle(worker.projections(), event)))));
                    }
                    batch = nextBatch(iterator);
                    awaitAll(handled);
                    last = current.getLast().trackingToken();
                    progress.done.addAndGet(current.size());
                    progress.position.set(last.position().orElse(-1));
                    heartbeat(progress);
                    if (Duration.between(logged, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                        logged = clock.instant();
                        log.info(
                                "rebuild {}: {} events done, {} remaining, {} events/s",
                                progress.id,
                                progress.done.get(),
                                progress.remaining(),
                                Math.round(progress.rate(logged)));
                    }
                }
            }
            Comparison comparison = compare(shadow, models, last == null ? null : progress.position.get());
            SerializedObject<byte[]> token = last == null ? null : serializer.serialize(last, byte[].class);
            jdbc.sql("""
                            UPDATE read_model_rebuild SET status = 'COMPLETED', finished_at = :now, heartbeat_at = :now,
                                   events_done = :done, position = :position, token = :token, token_type = :type,
                                   comparison = :comparison
                             WHERE rebuild_id = :id""")
                    .param("now", now())
                    .param("done", progress.done.get())
                    .param("position", last == null ? null : progress.position.get())
                    .param("token", token == null ? null : new String(token.getData(), StandardCharsets.UTF_8))
                    .param("type", token == null ? null : token.getType().getName())
                    .param("comparison", json.writeValueAsString(comparison))
                    .param("id", progress.id.toString())
                    .update();
            log.info(
                    "rebuild {} completed: {} events in {} s; shadow and live are {}",
                    progress.id,
                    progress.done.get(),
                    Duration.between(progress.started, clock.instant()).toSeconds(),
                    comparison.identical() ? "identical" : "different: " + differences(comparison));
        } catch (Exception | LinkageError e) {
            log.error("rebuild {} failed", progress.id, e);
            jdbc.sql("UPDATE read_model_rebuild SET status = 'FAILED', finished_at = :now, failure = :failure"
                            + " WHERE rebuild_id = :id")
                    .param("now", now())
                    .param("failure", abbreviate(String.valueOf(e.getMessage())))
                    .param("id", progress.id.toString())
                    .update();
        } finally {
            pool.shutdownNow();
            for (ShadowSchema share : shares) {
                try {
                    share.close();
                } catch (SQLException e) {
                    log.warn("rebuild {}: a worker's connection did not close: {}", progress.id, e.toString());
                }
            }
            current.set(null);
        }
    }

    /** Waits for every worker (none may still use its connection when a failure closes them), then fails if one did. */
    private static void awaitAll(List<Future<?>> handled) throws ExecutionException, InterruptedException {
        ExecutionException failure = null;
        for (Future<?> done : handled) {
            try {
                done.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Up to a batch of events, their payloads and metadata deserialized already. */
    private static List<TrackedEventMessage<?>> nextBatch(Iterator<? extends TrackedEventMessage<?>> iterator) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        while (iterator.hasNext() && batch.size() < BATCH) {
            TrackedEventMessage<?> event = iterator.next();
            event.getPayload();
            event.getMetaData();
            batch.add(event);
        }
        return batch;
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static void handle(List<AnnotationEventHandlerAdapter> projections, TrackedEventMessage<?> event) {
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                if (projection.canHandle(event)) {
                    projection.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "event " + event.getIdentifier() + " failed in "
                                + projection.getTargetType().getSimpleName(),
                        e);
            }
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

    /**
     * Replaces the live tables of the rebuilt read models by their shadow, in one transaction that holds the
     * processors' tokens, which then point where the rebuild stopped: the processors go on from there, here and in
     * every other query-side process (a batch another process was writing meanwhile fails on the token it no longer
     * owns, rolls back, and is taken up again from the new position).
     */
    public Status promote(UUID id) {
        Status status = completed(id);
        List<ReadModel> models = resolve(status.readModels());
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        for (ReadModel model : models) {
            processing
                    .eventProcessor(model.processor(), StreamingEventProcessor.class)
                    .ifPresent(processor -> {
                        processor.shutDown();
                        stopped.add(processor);
                    });
        }
        try {
            String shadow = shadowSchema();
            String[] token = jdbc.sql("SELECT token, token_type FROM read_model_rebuild WHERE rebuild_id = :id")
                    .param("id", id.toString())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .single();
            liveTransaction.executeWithoutResult(tx -> {
                for (ReadModel model : models) {
                    jdbc.sql("SELECT segment FROM token_entry WHERE processor_name = :processor FOR UPDATE")
                            .param("processor", model.processor())
                            .query(Integer.class)
                            .list();
                    for (String table : model.tables()) {
                        jdbc.sql("DELETE FROM " + table).update();
                        jdbc.sql("INSERT INTO " + table + " SELECT * FROM " + shadow + "." + table)
                                .update();
                    }
                    pointTokens(model.processor(), token[0], token[1]);
                    // The rebuilt tables hold every event up to the new position, the ones a projection had failed on
                    // included (a rebuild stops on any failure), and the processor goes on from there.
                    jdbc.sql("DELETE FROM dead_letter_entry WHERE processing_group = :processor")
                            .param("processor", model.processor())
                            .update();
                }
                jdbc.sql("UPDATE read_model_rebuild SET status = 'PROMOTED' WHERE rebuild_id = :id")
                        .param("id", id.toString())
                        .update();
            });
            log.info(
                    "rebuild {} promoted: {} now live, going on from position {}",
                    id,
                    status.readModels(),
                    status.position());
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }
        return status(id);
    }

    /** Every segment of the processor goes on from the rebuild's last token, and is free for any process to claim. */
    private void pointTokens(String processor, String token, String tokenType) {
        byte[] bytes = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        String at = DateTimeUtils.formatInstant(clock.instant());
        int updated = jdbc.sql("UPDATE token_entry SET token = :token, token_type = :type, owner = NULL,"
                        + " time_stamp = :at WHERE processor_name = :processor")
                .param("token", bytes, Types.VARBINARY)
                .param("type", tokenType)
                .param("at", at)
                .param("processor", processor)
                .update();
        if (updated == 0) {
            for (int segment = 0; segment < properties.segments(); segment++) {
                jdbc.sql("INSERT INTO token_entry (processor_name, segment, token, token_type, time_stamp)"
                                + " VALUES (:processor, :segment, :token, :type, :at)")
                        .param("processor", processor)
                        .param("segment", segment)
                        .param("token", bytes, Types.VARBINARY)
                        .param("type", tokenType)
                        .param("at", at)
                        .update();
            }
        }
    }

    private Status completed(UUID id) {
        Status status = status(id);
        if (!"COMPLETED".equals(status.status())) {
            throw new RuleViolation(Refusal.REBUILD_NOT_COMPLETED, "rebuild " + id + " is " + status.status());
        }
        UUID latest = jdbc.sql(
                        "SELECT rebuild_id FROM read_model_rebuild ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .single();
        if (!latest.equals(id)) {
            throw new RuleViolation(Refusal.REBUILD_SUPERSEDED, "a later rebuild has replaced the shadow of " + id);
        }
        return status;
    }

    private String shadowSchema() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers()
                    ? ShadowSchema.NAME.toUpperCase(Locale.ROOT)
                    : ShadowSchema.NAME;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    private void heartbeat(Progress progress) {
        jdbc.sql("UPDATE read_model_rebuild SET events_done = :done, position = :position, heartbeat_at = :now"
                        + " WHERE rebuild_id = :id")
                .param("done", progress.done.get())
                .param("position", progress.position.get())
                .param("now", now())
                .param("id", progress.id.toString())
                .update();
    }

    private static String differences(Comparison comparison) {
        return comparison.tables().stream()
                .filter(table -> !table.identical())
                .map(table -> table.table() + " (" + table.onlyLive() + " rows only live, " + table.onlyShadow()
                        + " only rebuilt)")
                .toList()
                .toString();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static double rate(long done, Instant from, Instant until) {
        double seconds = Math.max(0.001, Duration.between(from, until).toMillis() / 1000.0);
        return done / seconds;
    }

    private static Progress progress(AtomicReference<Progress> current) {
        return Optional.ofNullable(current.get()).orElse(Progress.IDLE);
    }

    /** The running rebuild's counters, read by the metrics. */
    private static final class Progress {

        static final Progress IDLE = new Progress(null, 0, Instant.EPOCH);

        final UUID id;
        final long total;
        final Instant started;
        final AtomicLong done = new AtomicLong();
        final AtomicLong position = new AtomicLong(-1);

        Progress(UUID id, long total, Instant started) {
            this.id = id;
            this.total = total;
            this.started = started;
        }

        long remaining() {
            return Math.max(0, total - done.get());
        }

        double rate(Instant now) {
            return id == null ? 0 : Rebuilds.rate(done.get(), started, now);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
