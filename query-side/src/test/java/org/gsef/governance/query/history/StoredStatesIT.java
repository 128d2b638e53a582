package org.gsef.governance.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationContactErased;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.readmodel.ReadModelSchema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Time travel keeps an entity's state after every 500th event in the database: a process started afresh (a new time
 * travel, its memory empty) answers its first question about a long-lived entity from the stored state, folding only
 * the events after it, and the answer is the one a fold from the first event gives.
 */
class StoredStatesIT {

    private final PostgresTestDatabase database = PostgresTestDatabase.create();
    private final DriverManagerDataSource dataSource = database.dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    @Test
    void the_first_question_after_a_start_begins_at_the_stored_state_and_answers_as_the_full_fold() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/postgresql")
                .load()
                .migrate();
        new ReadModelSchema(dataSource).afterPropertiesSet();
        JdbcEventStorageEngine events = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .snapshotSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .schema(AxonPersistenceConfiguration.EVENT_SCHEMA)
                .upcasterChain(EventUpcasters.chain())
                .dataType(byte[].class)
                .build();
        UUID entity = UUID.randomUUID();
        List<DomainEventMessage<?>> history = LongStream.range(0, 1_234)
                .<DomainEventMessage<?>>mapToObj(sequence -> new GenericDomainEventMessage<>(
                        "MembershipApplication",
                        entity.toString(),
                        sequence,
                        new ApplicationContactErased(
                                entity,
                                List.of(UUID.randomUUID()),
                                "step " + sequence,
                                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence))))
                .toList();
        for (int from = 0; from < history.size(); from += 200) {
            events.appendEvents(history.subList(from, Math.min(from + 200, history.size())));
        }
        Instant asOf = Instant.now().plusSeconds(60);

        new EntityTimeTravel(new RecordedEvents(events, jdbc), jdbc).entity(entity.toString(), asOf, false);
        assertThat(jdbc.sql("SELECT version FROM entity_state_memo WHERE entity_id = :entity ORDER BY version")
                        .param("entity", entity.toString())
                        .query(Long.class)
                        .list())
                .containsExactly(499L, 999L);

        CountingEvents counted = new CountingEvents(events, jdbc);
        var afterStart = new EntityTimeTravel(counted, jdbc)
                .entity(entity.toString(), asOf, false)
                .orElseThrow();
        assertThat(counted.firstSequences).containsExactly(1_000L);
        assertThat(counted.read).isEqualTo(234);

        var fullFold = new EntityTimeTravel(new RecordedEvents(events, jdbc), jdbc)
                .entity(entity.toString(), asOf, true)
                .orElseThrow();
        assertThat(afterStart.version()).isEqualTo(1_233L).isEqualTo(fullFold.version());
        assertThat(afterStart.state()).isEqualTo(fullFold.state()).contains("step 1233");
        assertThat(afterStart.lastEventAt()).isEqualTo(fullFold.lastEventAt());
    }

    /** The event store as time travel reads it, counting where each read starts and how many events it returns. */
    private static final class CountingEvents extends RecordedEvents {

        private final List<Long> firstSequences = new ArrayList<>();
        private int read;

        CountingEvents(JdbcEventStorageEngine events, JdbcClient jdbc) {
            super(events, jdbc);
        }

        @Override
        public List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf, long firstSequence) {
            List<DomainEventMessage<?>> found = super.eventsOf(entityId, asOf, firstSequence);
            firstSequences.add(firstSequence);
            read += found.size();
            return found;
        }
    }
}
