package org.gsef.governance.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.gsef.governance.platform.events.EventUpcasters;
import org.gsef.governance.platform.events.SchemaRevisionResolver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's persistence, wired explicitly. Axon 4's auto-configuration is ordered after Spring Boot 3 classes that Boot 4
 * no longer has, and then silently falls back to an in-memory token store and a no-op transaction manager; every bean
 * here replaces one of those fall-backs. {@code PersistenceWiringIT} fails if any of them comes back.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonPersistenceConfiguration {

    /** The event table and its columns, as created by the Flyway migrations. */
    public static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    /** The token table and its columns, as created by the Flyway migrations. */
    public static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    /**
     * The one transaction manager of a process: JPA's (Spring Data JPA keeps the token revocation list), which JDBC
     * code and Axon's JDBC engines join on the same connection. Nested transactions are savepoints of that connection,
     * as a read model's fold uses them to write an event alone ({@code Fold}); JPA's manager refuses them unless told.
     */
    @Bean
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        JpaTransactionManager transactions = new JpaTransactionManager(entityManagerFactory);
        transactions.setNestedTransactionAllowed(true);
        return transactions;
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /** The one serializer for messages, events, snapshots and tokens: JSON through Jackson 2, never XStream. */
    @Bean
    @Primary
    public Serializer serializer() {
        return jsonSerializer();
    }

    /**
     * The serializer as the system configures it, for tools that write or read the store without a context: one
     * instance, the event store's, so that a message read from the store gives back its stored form to it
     * ({@code serializePayload}) without writing it again.
     */
    public static Serializer jsonSerializer() {
        return SERIALIZER;
    }

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(axonObjectMapper())
            .revisionResolver(new SchemaRevisionResolver())
            .build();

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public EventStorageEngine eventStorageEngine(
            Serializer serializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            PersistenceExceptionResolver persistenceExceptionResolver,
            EventStoreProperties properties) {
        return new StoreEngine(
                JdbcEventStorageEngine.builder()
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .persistenceExceptionResolver(persistenceExceptionResolver)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(EVENT_SCHEMA)
                        .upcasterChain(EventUpcasters.chain())
                        .dataType(byte[].class)
                        .batchSize(properties.batchSize()),
                transactionManager);
    }

    @Bean
    public EventStore eventStore(EventStorageEngine storageEngine, EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(properties.fetchDelay().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean
    public TokenStore tokenStore(
            ConnectionProvider connectionProvider, Serializer serializer, EventStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .contentType(byte[].class)
                .claimTimeout(properties.claimTimeout())
                .nodeId(nodeId())
                .build();
    }

    /** This process as the token store names the owner of a claim: its process id and host. */
    public static String nodeId() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    /** The JSON form of every message, as the event store keeps it. */
    public static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
