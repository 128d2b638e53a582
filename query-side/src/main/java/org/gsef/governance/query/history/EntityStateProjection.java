package org.gsef.governance.query.history;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.query.history.EntityTimeTravel.Folded;
import org.gsef.governance.query.history.EntityTimeTravel.Memo;
import org.gsef.governance.query.history.EntityTimeTravel.Memos;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps time travel's periodic states as the events arrive: when an entity's {@link Memos#EVERY}th, 2 *
 * {@code EVERY}th, ... event comes, its state after that event, folded (by {@link Folded}, as a question folds) from
 * its previous kept state and the events after it, read from the store by a range of sequence numbers. So the first
 * question about a long-lived entity, even right after a start or a rebuild, folds at most {@code EVERY} events. Live
 * and in rebuilds alike; replay-safe: a state already kept is left as it is.
 */
@Component
@ProcessingGroup(EntityStateProjection.PROCESSOR)
public class EntityStateProjection implements Folding {

    public static final String PROCESSOR = "entity-states";
    static final FoldTable MEMOS = FoldTable.appendOnly("entity_state_memo", "entity_id", "version");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, EntityStateProjection::new, MEMOS);

    private final Fold fold;
    private final JdbcClient jdbc;
    private final RecordedEvents recorded;

    public EntityStateProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
        // The store read through the connection of the transaction in progress (a rebuild's shadow connection sees
        // the event store too), its events upcast as every reader's are.
        this.recorded = new RecordedEvents(
                JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .eventSerializer(AxonPersistenceConfiguration.jsonSerializer())
                        .snapshotSerializer(AxonPersistenceConfiguration.jsonSerializer())
                        .schema(AxonPersistenceConfiguration.EVENT_SCHEMA)
                        .upcasterChain(EventUpcasters.chain())
                        .dataType(byte[].class)
                        .batchSize(Memos.EVERY)
                        .build(),
                jdbc);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    /** Whether a state is kept after this event: an entity's {@link Memos#EVERY}th, 2 * {@code EVERY}th... event. */
    static boolean keepsStateAfter(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> event && (event.getSequenceNumber() + 1) % Memos.EVERY == 0;
    }

    /**
     * Live, the processor is offered only the events this returns true for ({@link KeptStatesOnly}); a rebuild offers
     * every event, hence the check here too.
     */
    @EventHandler
    void on(EventMessage<?> message) {
        if (!keepsStateAfter(message)) {
            return;
        }
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        String entityId = event.getAggregateIdentifier();
        FoldBatch batch = fold.batch();
        // States kept earlier in this batch are not written yet: the latest of each entity is held here meanwhile.
        Map<String, Memo> keptInBatch = batch.attachment("kept", HashMap::new);
        Memo from = keptInBatch.get(entityId);
        if (from == null || from.step().version() >= event.getSequenceNumber()) {
            from = Memos.before(jdbc, entityId, event.getSequenceNumber());
        }
        Folded folded = new Folded(from);
        for (DomainEventMessage<?> recordedEvent :
                recorded.eventsOf(entityId, folded.next(), event.getSequenceNumber())) {
            folded.apply(recordedEvent);
            if (folded.due()) {
                Memo memo = folded.memo();
                batch.insert(MEMOS, entityId, memo.step().version())
                        .set("basis", Memos.BASIS)
                        .set("entity_type", memo.type())
                        .set("event_type", memo.step().eventType())
                        .set("occurred_at", memo.step().occurredAt().atOffset(ZoneOffset.UTC))
                        .set("state", memo.state());
                keptInBatch.put(entityId, memo);
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM entity_state_memo").update();
    }
}
