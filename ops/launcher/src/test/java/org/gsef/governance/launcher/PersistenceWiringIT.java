package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.platform.axon.EventsByType;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.history.EntityStateProjection;
import org.gsef.governance.query.history.RecordedEvents;
import org.gsef.governance.query.membership.MembershipApplicationProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fails if Axon's persistence is ever wired in memory again: Axon 4's auto-configuration on Spring Boot 4 silently falls
 * back to an in-memory token store and a no-op transaction manager, and projections then lose events on restart.
 */
@SingleNodeOnPostgres
class PersistenceWiringIT {

    @Autowired
    Configuration axon;

    @Autowired
    EventProcessingConfiguration processing;

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Autowired
    RecordedEvents recorded;

    @Test
    void the_events_of_a_type_read_in_one_query_are_those_read_entity_by_entity() {
        assertThat(axon.getComponent(EventStorageEngine.class)).isInstanceOf(EventsByType.class);
        Api api = new Api(port).as("secretariat");
        for (String city : List.of("Kayes", "Sikasso", "Mopti")) {
            String id = api.post(
                            Applications.PATH,
                            Applications.submission(Applications.unique("Ville de " + city), "ML", city))
                    .json()
                    .get("id")
                    .asString();
            assertThat(api.post(Applications.PATH + "/" + id + "/return", "{\"reason\": \"the statutes are missing\"}")
                            .status())
                    .isEqualTo(202);
        }
        for (String type : List.of("MembershipApplication")) {
            List<List<String>> oneByOne = recorded.entitiesOfType(type).stream()
                    .sorted()
                    .map(id -> described(recorded.eventsOf(id, Instant.MAX)))
                    .toList();
            List<List<String>> together = recorded.eventsOfType(type).stream()
                    .map(PersistenceWiringIT::described)
                    .toList();
            assertThat(oneByOne).as(type).hasSizeGreaterThanOrEqualTo(3);
            assertThat(oneByOne.stream().filter(events -> events.size() >= 2))
                    .as("entities of more than one event")
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(together).as(type).isEqualTo(oneByOne);
        }
        assertThat(recorded.eventsOfType("NoSuchType")).isEmpty();
    }

    /** An entity's events as far as a test can compare them: identity, place, time and payload. */
    private static List<String> described(List<DomainEventMessage<?>> events) {
        return events.stream()
                .map(event -> String.join(
                        " ",
                        event.getAggregateIdentifier(),
                        Long.toString(event.getSequenceNumber()),
                        event.getIdentifier(),
                        event.getTimestamp().toString(),
                        event.getPayload().toString()))
                .toList();
    }

    @Test
    void every_persistence_component_is_the_jdbc_one() {
        assertThat(axon.getComponent(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(axon.eventBus()).isInstanceOf(EmbeddedEventStore.class);
        assertThat(axon.getComponent(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.getComponent(Serializer.class)).isInstanceOf(JacksonSerializer.class);
        assertThat(processing.tokenStore(MembershipApplicationProjection.PROCESSOR))
                .isInstanceOf(JdbcTokenStore.class);
        assertThat(processing.eventProcessor(MembershipApplicationProjection.PROCESSOR))
                .get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
    }

    @Test
    void the_entity_states_processor_is_offered_only_the_events_a_state_is_kept_after() {
        EventHandlerInvoker invoker = processing
                .eventProcessor(EntityStateProjection.PROCESSOR, PooledStreamingEventProcessor.class)
                .orElseThrow()
                .eventHandlerInvoker();
        String entity = UUID.randomUUID().toString();
        assertThat(LongStream.range(0, 1_001)
                        .filter(sequence -> invoker.canHandle(
                                new GenericDomainEventMessage<>(
                                        "MembershipApplication",
                                        entity,
                                        sequence,
                                        new ApplicationReviewCompleted(UUID.fromString(entity), Instant.EPOCH)),
                                Segment.ROOT_SEGMENT))
                        .boxed())
                .as("Spring applies KeptStatesOnly to the projection's handler")
                .containsExactly(499L, 999L);
    }

    @Test
    void events_and_tokens_land_in_the_database_in_the_same_transaction_as_the_read_model() throws SQLException {
        Api api = new Api(port).as("secretariat");
        Api.Response submitted =
                api.post(Applications.PATH, Applications.submission("Ville de Bamako", "ML", "Bamako"));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("id").asString();

        Eventually.await(() -> api.get(Applications.PATH + "/" + id).status(), status -> status == 200);

        try (Connection connection = database.connect()) {
            String payload =
                    single(connection, "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", id);
            assertThat(payload).startsWith("{").contains("\"name\":\"Ville de Bamako\"");
            String metaData =
                    single(connection, "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?", id);
            assertThat(metaData)
                    .as("the event inherits who sent the command, from which request, by which command")
                    .contains("\"actorId\":\"secretariat\"", "\"actorRoles\":\"SECRETARIAT\"")
                    .contains("\"correlationId\":", "\"causationId\":")
                    .contains("\"commandName\":\"SubmitMembershipApplication\"", "\"commandId\":");
            long lastIndex = Long.parseLong(single(connection, "SELECT max(global_index) FROM domain_event_entry"));
            String tokens = Eventually.await(
                    () -> single(
                            connection,
                            "SELECT string_agg(convert_from(token, 'UTF8'), ' ') FROM token_entry WHERE processor_name = ?",
                            MembershipApplicationProjection.PROCESSOR),
                    text -> text != null && text.contains("\"index\":" + lastIndex));
            assertThat(tokens).contains("\"index\":" + lastIndex);
        }
    }

    private static String single(Connection connection, String sql, String... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Object value = rows.getObject(1);
                return value instanceof byte[] bytes
                        ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : value == null ? null : value.toString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
