package org.gsef.governance.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the whole event store into the shadow schema through fresh instances of the read models' projections. The
 * models are shared among workers, each with a connection, a thread and transactions of its own. This thread reads and
 * deserializes the events, a batch at a time, and hands each batch to every worker; a worker takes the batches in
 * order, and may lag up to {@value #AHEAD} batches behind the reader, so that neither the reader nor a worker waits for
 * the slowest of the others after every batch (the progress, and the position a rebuild reached, are those of the last
 * batch every worker wrote). A projection written as a fold keeps its rows in memory for the whole replay (its shadow
 * tables start empty) and writes what each batch changed at its end, in the batch's transaction. Stops at the first
 * event a projection fails on.
 */
@Component
class ShadowReplay {

    private static final Logger log = LoggerFactory.getLogger(ShadowReplay.class);
    private static final int BATCH = 1000;
    /** Batches handed to the workers and not yet written by all of them, at most. */
    private static final int AHEAD = 4;

    private final DataSource dataSource;
    private final EventStorageEngine events;
    private final ReadModelProperties properties;

    ShadowReplay(DataSource dataSource, EventStorageEngine events, ReadModelProperties properties) {
        this.dataSource = dataSource;
        this.events = events;
        this.properties = properties;
    }

    /**
     * A projection's event handlers, and whether they take an event, asked once per payload class (and per whether the
     * event names an entity, which a handler's parameters may require): the handlers match on nothing else.
     */
    private record Projection(
            AnnotationEventHandlerAdapter handlers,
            Map<Class<?>, Boolean> takesDomain,
            Map<Class<?>, Boolean> takesOther) {

        Projection(Object projection) {
            this(new AnnotationEventHandlerAdapter(projection), new HashMap<>(), new HashMap<>());
        }

        boolean takes(EventMessage<?> event) {
            Map<Class<?>, Boolean> known = event instanceof DomainEventMessage<?> ? takesDomain : takesOther;
            Boolean takes = known.get(event.getPayloadType());
            if (takes == null) {
                takes = handlers.canHandle(event);
                known.put(event.getPayloadType(), takes);
            }
            return takes;
        }
    }

    /** One share of the read models, built through a connection of its own. */
    private record Worker(TransactionTemplate transaction, List<Projection> projections, List<Fold> folds) {

        /** Applies a batch of events and writes what the folds among the projections made of it. */
        void apply(Batch batch) {
            folds.forEach(fold -> fold.rebuildBatch(batch.identifiers(), batch.positions()));
            batch.events().forEach(event -> handle(projections, event));
            folds.forEach(Fold::flushRebuild);
        }
    }

    /**
     * Events read in the store's order, with the positions of those whose position their token gives: in one ordered
     * stream, a token moves to an event's own position unless the event fills a gap below positions already read,
     * when the token stays where it was (such an event's position the projection reads from the store).
     */
    record Batch(List<TrackedEventMessage<?>> events, List<String> identifiers, Map<String, Long> positions) {

        boolean isEmpty() {
            return events.isEmpty();
        }

        TrackingToken last() {
            return events.getLast().trackingToken();
        }
    }

    /** A batch handed to the workers, and each worker's writing of it. */
    private record Handed(Batch batch, List<Future<?>> written) {}

    /**
     * Replays every event into the (freshly recreated) shadow tables of the models, counting in the progress and
     * calling back after each batch; answers the token of the last event replayed, none for an empty store.
     */
    TrackingToken replay(
            ShadowSchema shadow, List<ReadModel> models, RebuildProgress progress, Consumer<RebuildProgress> afterBatch)
            throws SQLException, ExecutionException, InterruptedException {
        int workerCount = Math.clamp(properties.rebuildWorkers(), 1, models.size());
        List<ShadowSchema> shares = new ArrayList<>();
        List<ExecutorService> lanes = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) {
            lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "read-model-rebuild-worker");
                thread.setDaemon(true);
                return thread;
            }));
        }
        try {
            List<Worker> workers = new ArrayList<>();
            for (int w = 0; w < workerCount; w++) {
                ShadowSchema share = w == 0 ? shadow : share(shares);
                List<Projection> projections = new ArrayList<>();
                List<Fold> folds = new ArrayList<>();
                for (int m = w; m < models.size(); m += workerCount) {
                    Object projection = models.get(m).projection().apply(share.dataSource());
                    if (projection instanceof Folding folding) {
                        folding.fold().startRebuild();
                        folds.add(folding.fold());
                    }
                    projections.add(new Projection(projection));
                }
                workers.add(new Worker(
                        new TransactionTemplate(new DataSourceTransactionManager(share.dataSource())),
                        projections,
                        folds));
            }
            return replay(workers, lanes, progress, afterBatch);
        } finally {
            stop(lanes);
            for (ShadowSchema share : shares) {
                try {
                    share.close();
                } catch (SQLException e) {
                    log.warn("rebuild {}: a worker's connection did not close: {}", progress.id, e.toString());
                }
            }
        }
    }

    private ShadowSchema share(List<ShadowSchema> shares) throws SQLException {
        Connection own = dataSource.getConnection();
        try {
            ShadowSchema share = ShadowSchema.existing(own);
            shares.add(share);
            return share;
        } catch (SQLException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    private TrackingToken replay(
            List<Worker> workers,
            List<ExecutorService> lanes,
            RebuildProgress progress,
            Consumer<RebuildProgress> afterBatch)
            throws ExecutionException, InterruptedException {
        TrackingToken last = null;
        Deque<Handed> handed = new ArrayDeque<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            long[] reached = {-1};
            for (Batch batch = nextBatch(iterator, reached); !batch.isEmpty(); batch = nextBatch(iterator, reached)) {
                Batch current = batch;
                List<Future<?>> written = new ArrayList<>();
                for (int w = 0; w < workers.size(); w++) {
                    Worker worker = workers.get(w);
                    written.add(lanes.get(w)
                            .submit(() -> worker.transaction().executeWithoutResult(tx -> worker.apply(current))));
                }
                handed.add(new Handed(current, written));
                while (handed.size() > AHEAD || (!handed.isEmpty() && allDone(handed.getFirst()))) {
                    last = written(handed.removeFirst(), progress, afterBatch);
                }
            }
            while (!handed.isEmpty()) {
                last = written(handed.removeFirst(), progress, afterBatch);
            }
        }
        return last;
    }

    private static boolean allDone(Handed handed) {
        return handed.written().stream().allMatch(Future::isDone);
    }

    /** Waits until every worker wrote the batch, counts it and answers its last token; fails if a worker failed. */
    private static TrackingToken written(Handed handed, RebuildProgress progress, Consumer<RebuildProgress> afterBatch)
            throws ExecutionException, InterruptedException {
        awaitAll(handed.written());
        TrackingToken last = handed.batch().last();
        progress.position.set(last.position().orElse(-1));
        progress.events.advance(handed.batch().events().size());
        afterBatch.accept(progress);
        return last;
    }

    /**
     * Stops the workers: the batches not begun are dropped, and a batch being written (after a failure) is waited for,
     * so that none still uses its connection when they are closed.
     */
    private static void stop(List<ExecutorService> lanes) {
        lanes.forEach(ExecutorService::shutdownNow);
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(1, TimeUnit.MINUTES)) {
                    log.warn("a rebuild worker did not stop within a minute");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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

    /**
     * Up to a batch of events, their payloads and metadata deserialized already; {@code reached} holds the furthest
     * position a token gave so far, carried from one batch to the next.
     */
    static Batch nextBatch(Iterator<? extends TrackedEventMessage<?>> iterator, long[] reached) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        List<String> identifiers = new ArrayList<>(BATCH);
        Map<String, Long> positions = HashMap.newHashMap(BATCH);
        while (iterator.hasNext() && batch.size() < BATCH) {
            TrackedEventMessage<?> event = iterator.next();
            event.getPayload();
            event.getMetaData();
            batch.add(event);
            identifiers.add(event.getIdentifier());
            long position = event.trackingToken().position().orElse(-1);
            if (position > reached[0]) {
                positions.put(event.getIdentifier(), position);
                reached[0] = position;
            }
        }
        return new Batch(batch, identifiers, positions);
    }

    private static void handle(List<Projection> projections, TrackedEventMessage<?> event) {
        for (Projection projection : projections) {
            try {
                if (projection.takes(event)) {
                    projection.handlers().handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "event " + event.getIdentifier() + " failed in "
                                + projection.handlers().getTargetType().getSimpleName(),
                        e);
            }
        }
    }
}
