package org.gsef.governance.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * models are shared among workers, each with a connection and transactions of its own; the workers write one batch
 * while this thread reads and deserializes the next. A projection written as a fold keeps its rows in memory for the
 * whole replay (its shadow tables start empty) and writes what each batch changed at its end, in the batch's
 * transaction. Stops at the first event a projection fails on.
 */
@Component
class ShadowReplay {

    private static final Logger log = LoggerFactory.getLogger(ShadowReplay.class);
    private static final int BATCH = 1000;

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
        void apply(List<TrackedEventMessage<?>> batch) {
            List<String> identifiers =
                    batch.stream().map(EventMessage::getIdentifier).toList();
            folds.forEach(fold -> fold.rebuildBatch(identifiers));
            batch.forEach(event -> handle(projections, event));
            folds.forEach(Fold::flushRebuild);
        }
    }

    /**
     * Replays every event into the (freshly recreated) shadow tables of the models, counting in the progress and
     * calling back after each batch; answers the token of the last event replayed, none for an empty store.
     */
    TrackingToken replay(
            ShadowSchema shadow, List<ReadModel> models, RebuildProgress progress, Consumer<RebuildProgress> afterBatch)
            throws SQLException, ExecutionException, InterruptedException {
        int workerCount = Math.clamp(properties.rebuildWorkers(), 1, models.size());
        List<ShadowSchema> shares = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
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
            return replay(workers, pool, progress, afterBatch);
        } finally {
            pool.shutdownNow();
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
            List<Worker> workers, ExecutorService pool, RebuildProgress progress, Consumer<RebuildProgress> afterBatch)
            throws ExecutionException, InterruptedException {
        TrackingToken last = null;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> batch = nextBatch(iterator);
            while (!batch.isEmpty()) {
                List<TrackedEventMessage<?>> current = batch;
                List<Future<?>> handled = new ArrayList<>();
                for (Worker worker : workers) {
                    handled.add(
                            pool.submit(() -> worker.transaction().executeWithoutResult(tx -> worker.apply(current))));
                }
                batch = nextBatch(iterator);
                awaitAll(handled);
                last = current.getLast().trackingToken();
                progress.position.set(last.position().orElse(-1));
                progress.events.advance(current.size());
                afterBatch.accept(progress);
            }
        }
        return last;
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
