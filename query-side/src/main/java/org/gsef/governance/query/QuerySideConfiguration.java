package org.gsef.governance.query;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.gsef.governance.platform.monitoring.CorrelationLogging;
import org.gsef.governance.query.catalogue.ReadModels;
import org.gsef.governance.query.deadletters.DeadLetters;
import org.gsef.governance.query.readmodel.AsynchronousCommit;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Everything the query side contributes, whether it runs alone or inside the single-node launcher. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProperties.class)
@EnableScheduling
@ComponentScan(
        basePackageClasses = QuerySideConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, value = SpringBootConfiguration.class))
public class QuerySideConfiguration {

    /**
     * Every read model is built by a pooled streaming processor over the event store, its tokens in the database, its
     * segments shared by all query-side processes on that database; an event a projection fails on goes to the
     * processor's dead-letter queue in the database ({@link DeadLetters}), whose sequence-identifier cache spares a
     * query per event for the entities known to have no letter; what a handler logs carries its event's correlation
     * id. Their transactions commit asynchronously on PostgreSQL ({@link AsynchronousCommit}): rows and token go
     * together, so a commit the database loses is only handled again.
     */
    @Bean
    public ConfigurerModule readModelProcessing(
            ReadModelProperties properties,
            ConnectionProvider connections,
            TransactionManager transactions,
            Serializer serializer,
            DataSource dataSource) {
        TransactionManager asynchronous = new AsynchronousCommit(transactions, dataSource);
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultHandlerInterceptor((config, name) -> new CorrelationLogging());
            for (ReadModel model : ReadModels.ALL) {
                processing.registerPooledStreamingEventProcessor(
                        model.processor(),
                        Configuration::eventStore,
                        (config, builder) -> builder.initialSegmentCount(properties.segments())
                                .maxClaimedSegments(properties.segments())
                                .batchSize(properties.batchSize())
                                .tokenClaimInterval(properties.claimInterval().toMillis())
                                .transactionManager(asynchronous));
                processing.registerDeadLetterQueue(
                        model.processor(),
                        config -> DeadLetters.queue(model.processor(), connections, transactions, serializer));
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                        model.processor(), (config, builder) -> builder.enableSequenceIdentifierCache());
            }
        });
    }
}
