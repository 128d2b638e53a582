package org.gsef.governance.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationContactErased;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.history.EntityTimeTravel.EntityState;
import org.gsef.governance.query.readmodel.ReadModelSchema;
import org.gsef.governance.query.readmodel.ReadModelsPromoted;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time travel's periodic states are kept as the events arrive ({@link EntityStateProjection}, live and in a rebuild),
 * so that a question asked afresh folds at most 500 events; and an answer from kept states is, at every instant, the
 * answer a fold from the first event gives: a state kept before later events, or kept under other upcasters, never
 * makes a wrong one.
 */
class EntityStatesIT {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final PostgresTestDatabase database = PostgresTestDatabase.create();
    private final DriverManagerDataSource dataSource = database.dataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final JdbcEventStorageEngine events = store();
    private final UUID entity = UUID.randomUUID();

    @Test
    void a_rebuild_keeps_the_states_and_every_answer_from_them_is_the_full_folds() {
        List<DomainEventMessage<?>> history = history(0, 1_234);
        append(history);

        rebuild(history);
        assertThat(keptVersions()).containsExactly(499L, 999L);

        for (long version : new long[] {0, 1, 498, 499, 500, 998, 999, 1_000, 1_001, 1_233}) {
            Instant asOf = at(version);
            CountingEvents counted = new CountingEvents();
            EntityState fromKept = new EntityTimeTravel(counted, jdbc)
                    .entity(entity.toString(), asOf, false)
                    .orElseThrow();
            assertThat(counted.read)
                    .as("events folded as of version %d", version)
                    .isLessThanOrEqualTo(500);
            assertSameAnswer(fromKept, fullFold(asOf), version);
        }
        assertThat(new EntityTimeTravel(new RecordedEvents(events, jdbc), jdbc)
                        .entity(entity.toString(), START.minusSeconds(1), false))
                .isEmpty();
    }

    /**
     * A start before the kept states were rebuilt has nothing to warm up with; the promotion of their rebuild asks the
     * warm-up's questions, and a promotion of other read models does not.
     */
    @Test
    void the_promotion_of_rebuilt_states_warms_time_travel_up() throws InterruptedException {
        CountingEvents counted = new CountingEvents();
        EntityTimeTravel timeTravel = new EntityTimeTravel(counted, jdbc);
        List<DomainEventMessage<?>> history = history(0, 600);
        append(history);
        rebuild(history);

        timeTravel.promoted(new ReadModelsPromoted(List.of("members")));
        timeTravel.promoted(new ReadModelsPromoted(List.of("members", EntityStateProjection.PROCESSOR)));

        int questions = EntityTimeTravel.WARM_UP_QUESTIONS;
        Eventually.await(counted::questions, asked -> asked >= questions);
        Thread.sleep(500);
        assertThat(counted.questions())
                .as("one warm-up, each question from the state kept after version 499")
                .isEqualTo(questions);
        assertThat(counted.firstSequences()).containsOnly(500L);
    }

    @Test
    void a_state_kept_before_later_events_gives_the_full_folds_answer_before_and_after_them() {
        List<DomainEventMessage<?>> first = history(0, 600);
        append(first);
        live(first);
        assertThat(keptVersions()).containsExactly(499L);

        EntityTimeTravel askedBefore = new EntityTimeTravel(new RecordedEvents(events, jdbc), jdbc);
        assertSameAnswer(askedBefore.entity(entity.toString(), at(599), false).orElseThrow(), fullFold(at(599)), 599);

        List<DomainEventMessage<?>> later = history(600, 1_100);
        append(later);
        live(later);
        assertThat(keptVersions()).containsExactly(499L, 999L);

        for (long version : new long[] {499, 599, 600, 999, 1_000, 1_099}) {
            Instant asOf = at(version);
            assertSameAnswer(askedBefore.entity(entity.toString(), asOf, false).orElseThrow(), fullFold(asOf), version);
            CountingEvents counted = new CountingEvents();
            assertSameAnswer(
                    new EntityTimeTravel(counted, jdbc)
                            .entity(entity.toString(), asOf, false)
                            .orElseThrow(),
                    fullFold(asOf),
                    version);
            assertThat(counted.read).isLessThanOrEqualTo(500);
        }
    }

    @Test
    void a_state_kept_under_other_upcasters_is_not_used_and_is_replaced() {
        List<DomainEventMessage<?>> history = history(0, 1_100);
        append(history);
        live(history);
        jdbc.sql("UPDATE entity_state_memo SET basis = 'an earlier release', state = '{\"reason\":\"wrong\"}'"
                        + " WHERE entity_id = :entity AND version = 999")
                .param("entity", entity.toString())
                .update();

        Instant asOf = at(1_050);
        CountingEvents counted = new CountingEvents();
        EntityState answer = new EntityTimeTravel(counted, jdbc)
                .entity(entity.toString(), asOf, false)
                .orElseThrow();

        assertSameAnswer(answer, fullFold(asOf), 1_050);
        assertThat(counted.firstSequences).containsExactly(500L);
        assertThat(jdbc.sql("SELECT basis FROM entity_state_memo WHERE entity_id = :entity AND version = 999")
                        .param("entity", entity.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(EventUpcasters.names());
    }

    @Test
    void the_live_processor_takes_only_the_events_a_state_is_kept_after_and_still_resets() {
        List<DomainEventMessage<?>> history = history(0, 1_100);
        append(history);
        AnnotationEventHandlerAdapter live = liveHandlers(new EntityStateProjection(dataSource));

        List<DomainEventMessage<?>> offered =
                history.stream().filter(live::canHandle).toList();
        assertThat(offered).extracting(DomainEventMessage::getSequenceNumber).containsExactly(499L, 999L);
        live(offered, live);
        assertThat(keptVersions())
                .as("the same states as when every event is offered")
                .containsExactly(499L, 999L);

        live.prepareReset();
        assertThat(keptVersions()).as("the reset handler is not filtered out").isEmpty();
    }

    /** The projection's handlers as the live processor has them: with {@link KeptStatesOnly}, as Spring applies it. */
    private static AnnotationEventHandlerAdapter liveHandlers(EntityStateProjection projection) {
        return new AnnotationEventHandlerAdapter(
                projection,
                ClasspathParameterResolverFactory.forClass(EntityStateProjection.class),
                MultiHandlerDefinition.ordered(
                        new KeptStatesOnly(), ClasspathHandlerDefinition.forClass(EntityStateProjection.class)));
    }

    /** The kept states rebuilt from the history, a hundred events a batch, as a rebuild's replay writes them. */
    private void rebuild(List<DomainEventMessage<?>> history) {
        EntityStateProjection projection = new EntityStateProjection(dataSource);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        projection.fold().startRebuild();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (int from = 0; from < history.size(); from += 100) {
            List<DomainEventMessage<?>> batch = history.subList(from, Math.min(from + 100, history.size()));
            transaction.executeWithoutResult(tx -> {
                projection
                        .fold()
                        .rebuildBatch(
                                batch.stream().map(EventMessage::getIdentifier).toList(), Map.of());
                batch.forEach(event -> handle(handlers, event));
                projection.fold().flushRebuild();
            });
        }
        projection.fold().endRebuild();
    }

    private void assertSameAnswer(EntityState answer, Optional<EntityState> fullFold, long version) {
        EntityState expected = fullFold.orElseThrow();
        assertThat(answer.version()).as("version as of %d", version).isEqualTo(version);
        assertThat(answer.version()).isEqualTo(expected.version());
        assertThat(answer.state()).as("state as of %d", version).isEqualTo(expected.state());
        if (version >= 250) {
            assertThat(answer.state()).contains("reviewedAt");
        }
        assertThat(answer.entityType()).isEqualTo(expected.entityType());
        assertThat(answer.lastEventType()).isEqualTo(expected.lastEventType());
        assertThat(answer.lastEventAt()).isEqualTo(expected.lastEventAt());
    }

    /** The answer without kept states: every event from the first one folded (the steps asked for skip them). */
    private Optional<EntityState> fullFold(Instant asOf) {
        return new EntityTimeTravel(new RecordedEvents(events, jdbc), jdbc)
                .entity(entity.toString(), asOf, true)
                .map(state -> new EntityState(
                        state.entityId(),
                        state.entityType(),
                        state.asOf(),
                        state.version(),
                        state.lastEventType(),
                        state.lastEventAt(),
                        state.state(),
                        null));
    }

    /** The events handled as the live processor does: batches of 100, each a unit of work in a transaction. */
    private void live(List<DomainEventMessage<?>> arrived) {
        live(arrived, new AnnotationEventHandlerAdapter(new EntityStateProjection(dataSource)));
    }

    private void live(List<DomainEventMessage<?>> arrived, AnnotationEventHandlerAdapter handlers) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (int from = 0; from < arrived.size(); from += 100) {
            List<EventMessage<?>> batch = new ArrayList<>(arrived.subList(from, Math.min(from + 100, arrived.size())));
            transaction.executeWithoutResult(tx -> {
                BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
                ResultMessage<?> result;
                try {
                    result = unitOfWork.executeWithResult(() -> {
                        handle(handlers, unitOfWork.getMessage());
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                if (result.isExceptional()) {
                    throw new IllegalStateException(result.exceptionResult());
                }
            });
        }
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entity's events with these versions, one a second: returned for information and contact erased in turn, so
     * each event sets some fields and leaves the others as earlier events set them, and once (version 250) a review
     * completed, whose field no other event sets: a state folded without it lacks it.
     */
    private List<DomainEventMessage<?>> history(long from, long to) {
        return LongStream.range(from, to)
                .<DomainEventMessage<?>>mapToObj(sequence -> new GenericDomainEventMessage<>(
                        "MembershipApplication",
                        entity.toString(),
                        sequence,
                        payload(sequence),
                        Map.of(),
                        UUID.randomUUID().toString(),
                        at(sequence)))
                .toList();
    }

    private Object payload(long sequence) {
        if (sequence == 250) {
            return new ApplicationReviewCompleted(entity, at(sequence));
        }
        return sequence % 2 == 0
                ? new ApplicationReturnedForInformation(entity, "round " + sequence, at(sequence))
                : new ApplicationContactErased(entity, List.of(UUID.randomUUID()), "step " + sequence, at(sequence));
    }

    private static Instant at(long version) {
        return START.plusSeconds(version);
    }

    private void append(List<DomainEventMessage<?>> history) {
        for (int from = 0; from < history.size(); from += 200) {
            events.appendEvents(history.subList(from, Math.min(from + 200, history.size())));
        }
    }

    private List<Long> keptVersions() {
        return jdbc.sql("SELECT version FROM entity_state_memo WHERE entity_id = :entity ORDER BY version")
                .param("entity", entity.toString())
                .query(Long.class)
                .list();
    }

    private JdbcEventStorageEngine store() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/postgresql")
                .load()
                .migrate();
        new ReadModelSchema(dataSource).afterPropertiesSet();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .snapshotSerializer(AxonPersistenceConfiguration.jsonSerializer())
                .schema(AxonPersistenceConfiguration.EVENT_SCHEMA)
                .upcasterChain(EventUpcasters.chain())
                .dataType(byte[].class)
                .build();
    }

    /** The event store as time travel reads it, counting where each read starts and how many events it returns. */
    private final class CountingEvents extends RecordedEvents {

        private final List<Long> firstSequences = new ArrayList<>();
        private int read;

        CountingEvents() {
            super(events, jdbc);
        }

        @Override
        public List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf, long firstSequence) {
            List<DomainEventMessage<?>> found = super.eventsOf(entityId, asOf, firstSequence);
            synchronized (firstSequences) {
                firstSequences.add(firstSequence);
                read += found.size();
            }
            return found;
        }

        /** How many questions read events (the warm-up asks from another thread). */
        int questions() {
            synchronized (firstSequences) {
                return firstSequences.size();
            }
        }

        List<Long> firstSequences() {
            synchronized (firstSequences) {
                return List.copyOf(firstSequences);
            }
        }
    }
}
