package org.gsef.governance.query.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The batch state of one projection and how it is written. Live, a batch is the pooled processor's unit of work: the
 * rows it touches are loaded once, changed in memory by its events, and written when the unit of work commits, in its
 * transaction with the processor's token. In a rebuild, the replay opens one state for the whole store and writes it
 * after every batch of events it reads ({@link #startRebuild}, {@link #flushRebuild}).
 *
 * <p>Failures stay isolated to one entity's events. An event whose handler fails is undone in memory and goes to the
 * dead-letter queue, the other events of the batch kept. A batch whose write fails (a constraint, a trigger) is rolled
 * back whole, and its events are handled one by one when the processor takes them again: each then written alone,
 * inside a savepoint, so that the one that fails goes to the dead-letter queue by itself. Outside a processor's batch
 * (a dead letter being retried) an event is always written alone.
 */
public final class Fold {

    private static final Logger log = LoggerFactory.getLogger(Fold.class);

    private final String name;
    private final DataSource dataSource;
    private final List<FoldTable> tables;
    private final FoldWriter writer;
    private final String resource;
    private final Set<String> oneByOne = ConcurrentHashMap.newKeySet();
    private volatile FoldBatch rebuild;

    /**
     * @param name the processor's name, for the log
     * @param tables the tables the projection owns, in the order they are written
     */
    public Fold(String name, DataSource dataSource, FoldTable... tables) {
        this.name = name;
        this.dataSource = dataSource;
        this.tables = List.of(tables);
        this.writer = new FoldWriter(dataSource);
        this.resource = Fold.class.getName() + "#" + name + "#" + System.identityHashCode(this);
    }

    /** The rows of the batch being applied. */
    public FoldBatch batch() {
        FoldBatch rebuilding = rebuild;
        if (rebuilding != null) {
            return rebuilding;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("the fold of " + name + " applies events in a unit of work only");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resource, key -> {
            FoldBatch batch = new FoldBatch(writer, tables, false);
            if (root instanceof BatchingUnitOfWork<?> batching) {
                batch.upcoming(batching.getMessages().stream()
                        .map(Message::getIdentifier)
                        .toList());
            } else if (root.getMessage() != null) {
                batch.upcoming(List.of(root.getMessage().getIdentifier()));
            }
            root.onPrepareCommit(unitOfWork -> commit(batch));
            return batch;
        });
    }

    private void commit(FoldBatch batch) {
        try {
            batch.flush(false);
        } catch (RuntimeException e) {
            oneByOne.addAll(batch.events());
            log.warn(
                    "{}: writing a batch of {} events failed ({}); they are handled one by one when taken again",
                    name,
                    batch.events().size(),
                    e.toString());
            throw e;
        }
    }

    /** Applies one event by the handler, as the class comment says. */
    Object apply(Message<?> message, Callable<Object> handler) throws Exception {
        if (rebuild != null || !CurrentUnitOfWork.isStarted()) {
            // A rebuild writes per batch itself; a reset handler runs outside any unit of work and writes directly.
            return handler.call();
        }
        FoldBatch batch = batch();
        boolean alone = !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)
                || oneByOne.remove(message.getIdentifier());
        batch.beginEvent(message.getIdentifier());
        try {
            Object result = handler.call();
            if (alone) {
                writeAlone(batch);
            }
            batch.endEvent();
            return result;
        } catch (Exception | Error failure) {
            batch.undoEvent();
            throw failure;
        }
    }

    /** Writes what the batch holds now, inside a savepoint when there is a transaction, so a failure spoils nothing. */
    private void writeAlone(FoldBatch batch) throws SQLException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            batch.flush(false);
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                batch.flush(false);
            } catch (RuntimeException | Error failure) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException rollback) {
                    failure.addSuppressed(rollback);
                }
                throw failure;
            }
            connection.releaseSavepoint(savepoint);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Starts a rebuild into empty tables: one state for the whole replay. */
    public void startRebuild() {
        startRebuild(FoldBatch.REBUILD_ROWS_KEPT);
    }

    /** A rebuild keeping up to {@code rowsKept} rows a table in memory between its batches. */
    void startRebuild(int rowsKept) {
        writer.copyNewRows();
        rebuild = new FoldBatch(writer, tables, true, rowsKept);
    }

    /**
     * The events the replay is about to apply, and the positions in the store it knows of them (by their identifiers;
     * not necessarily of all).
     */
    public void rebuildBatch(List<String> identifiers, Map<String, Long> positions) {
        rebuild.upcoming(identifiers, positions);
    }

    /** Writes what the events replayed since the last call changed. */
    public void flushRebuild() {
        rebuild.flush(true);
    }

    public void endRebuild() {
        rebuild = null;
    }
}
