package org.gsef.governance.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit chain linked a batch at a time, against PostgreSQL, in the ways it could break: two processes taking the
 * one segment in turn (the first one's head gone stale), a batch failing half-way, a batch delivered again after it
 * committed. Each time the chain ends up whole: one link per event, numbered without a gap, every hash recomputing.
 */
class ChainBatchesIT {

    private final PostgresTestDatabase database = PostgresTestDatabase.create();
    private final DriverManagerDataSource dataSource = database.dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final TransactionManager transactions =
            new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    private List<TrackedEventMessage<?>> stored;

    @BeforeEach
    void storeThirtyEventsOfThreeEntities() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/postgresql")
                .load()
                .migrate();
        JdbcEventStorageEngine events = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .snapshotSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .schema(AxonPersistenceConfiguration.EVENT_SCHEMA)
                .upcasterChain(EventUpcasters.chain())
                .dataType(byte[].class)
                .build();
        List<UUID> entities = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        events.appendEvents(IntStream.range(0, 30)
                .<DomainEventMessage<?>>mapToObj(i -> new GenericDomainEventMessage<>(
                        "MembershipApplication",
                        entities.get(i % 3).toString(),
                        i / 3,
                        new MembershipApplicationWithdrawn(
                                entities.get(i % 3), "reason " + i, java.time.Instant.now())))
                .toList());
        stored = events.readEvents(null, false)
                .<TrackedEventMessage<?>>map(event -> event)
                .toList();
        assertThat(stored).hasSize(30);
    }

    /**
     * Each entity's newest link is read through the entity's index, whether or not the table has statistics (the
     * machine's PostgreSQL runs without autovacuum, so a growing chain has none until something analyzes it): the
     * grouped {@code max} it replaced was planned as a scan of the whole chain then.
     */
    @Test
    void each_entitys_last_link_is_found_through_its_index_with_or_without_statistics() {
        jdbc.sql("""
                        INSERT INTO event_chain (chain_seq, global_index, event_identifier, aggregate_identifier,
                                                 entity_hash, chain_hash, chained_at)
                        SELECT n, n, 'event-' || n, 'entity-' || (n % 400), md5('e' || n) || md5('f' || n),
                               md5('c' || n) || md5('d' || n), now()
                          FROM generate_series(1, 40000) n""").update();
        List<String> asked =
                IntStream.range(0, 40).mapToObj(i -> "entity-" + (i * 7)).toList();
        for (boolean analyzed : List.of(false, true)) {
            if (analyzed) {
                jdbc.sql("ANALYZE event_chain").update();
            }
            String plan = String.join(
                    "\n",
                    jdbc.sql("EXPLAIN " + EventChainer.LAST_LINKS)
                            .param("entities", EventChainer.entityRows(asked))
                            .query(String.class)
                            .list());
            assertThat(plan)
                    .as("analyzed: %s", analyzed)
                    .contains("Index Scan Backward using event_chain_aggregate")
                    .doesNotContain("Seq Scan on event_chain");
            Map<String, String> last = new HashMap<>();
            jdbc.sql(EventChainer.LAST_LINKS)
                    .param("entities", EventChainer.entityRows(List.of("entity-7", "entity-399", "no-such-entity")))
                    .query((java.sql.ResultSet rs) -> {
                        last.put(rs.getString(1), rs.getString(2));
                    });
            assertThat(last)
                    .as("the newest link of each, none for an entity with no link")
                    .containsEntry(
                            "entity-7",
                            jdbc.sql("SELECT entity_hash FROM event_chain WHERE chain_seq = 39607")
                                    .query(String.class)
                                    .single())
                    .containsEntry(
                            "entity-399",
                            jdbc.sql("SELECT entity_hash FROM event_chain WHERE chain_seq = 39999")
                                    .query(String.class)
                                    .single())
                    .containsEntry("no-such-entity", null)
                    .hasSize(3);
        }
    }

    @Test
    void two_processes_taking_the_segment_in_turn_never_fork_the_chain() {
        EventChainer first = new EventChainer(jdbc, Clock.systemUTC());
        EventChainer second = new EventChainer(jdbc, Clock.systemUTC());

        assertThat(link(first, stored.subList(0, 10))).isTrue();
        assertThat(link(second, stored.subList(10, 20))).isTrue();
        // the first process still holds link 10 as the head: its next link collides with the second's link 11
        assertThat(link(first, stored.subList(20, 30))).isFalse();
        assertThat(links()).isEqualTo(20);
        assertThat(link(first, stored.subList(20, 30))).isTrue();

        assertWhole(30);
    }

    @Test
    void a_batch_failing_half_way_links_nothing_and_its_retry_links_it_from_the_same_head() {
        EventChainer chainer = new EventChainer(jdbc, Clock.systemUTC());
        assertThat(link(chainer, stored.subList(0, 10))).isTrue();

        BatchingUnitOfWork<EventMessage<?>> crashing =
                new BatchingUnitOfWork<>(new ArrayList<>(stored.subList(10, 20)));
        crashing.attachTransaction(transactions);
        var result = crashing.executeWithResult(() -> {
            EventMessage<?> message = crashing.getMessage();
            if (message == stored.get(15)) {
                throw new IllegalStateException("the process died here");
            }
            chainer.on(message);
            return null;
        });
        assertThat(result.isExceptional()).isTrue();
        assertThat(links()).isEqualTo(10);

        assertThat(link(chainer, stored.subList(10, 20))).isTrue();
        // delivered again after its commit (the token's update was lost): nothing is linked twice
        assertThat(link(chainer, stored.subList(15, 25))).isTrue();
        assertThat(link(chainer, stored.subList(25, 30))).isTrue();

        assertWhole(30);
    }

    /** Handles the events as one batch of the chain's processor; whether it committed. */
    private boolean link(EventChainer chainer, List<TrackedEventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.attachTransaction(transactions);
        try {
            var result = unitOfWork.executeWithResult(() -> {
                chainer.on(unitOfWork.getMessage());
                return null;
            });
            return !result.isExceptional();
        } catch (Exception refused) {
            return false;
        }
    }

    private long links() {
        return jdbc.sql("SELECT count(*) FROM event_chain").query(Long.class).single();
    }

    /** One link per event, numbered 1 to {@code count}, each hash recomputed from the event as stored. */
    private void assertWhole(int count) {
        Map<Long, StoredEvent> events = new HashMap<>();
        jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry")
                .query((rs, n) -> StoredEvents.of(rs))
                .list()
                .forEach(event -> events.put(event.globalIndex(), event));
        Map<String, String> entityHashes = new HashMap<>();
        String chainHash = AuditBundle.GENESIS;
        List<Long> sequences = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        for (var link : jdbc.sql("SELECT chain_seq, global_index, aggregate_identifier, entity_hash, chain_hash"
                        + " FROM event_chain ORDER BY chain_seq")
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list()) {
            StoredEvent event = events.get((Long) link[1]);
            String entityHash = AuditBundle.entityHash(
                    entityHashes.getOrDefault(event.aggregateIdentifier(), AuditBundle.GENESIS), event);
            chainHash = AuditBundle.chainHash(chainHash, event.globalIndex(), entityHash);
            assertThat(link[3]).isEqualTo(entityHash);
            assertThat(link[4]).isEqualTo(chainHash);
            entityHashes.put(event.aggregateIdentifier(), entityHash);
            sequences.add((Long) link[0]);
            positions.add((Long) link[1]);
        }
        assertThat(sequences)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, count).mapToObj(Long::valueOf).toList());
        assertThat(positions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(events.keySet());
    }
}
