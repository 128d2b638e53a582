package org.gsef.governance.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gsef.governance.platform.axon.TokenTable;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the live tables of rebuilt read models by their shadow, in one transaction that holds the processors'
 * tokens, which then point where the rebuild stopped: the processors go on from there, here and in every other
 * query-side process (a batch another process was writing meanwhile fails on the token it no longer owns, rolls back,
 * and is taken up again from the new position).
 * The tokens are moved by {@link TokenTable}, which says why not through Axon's {@code TokenStore}.
 */
@Component
class Promotion {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate liveTransaction;
    private final ReadModelProperties properties;
    private final RebuildRecords records;
    private final TokenTable tokens;
    private final Clock clock;

    Promotion(
            DataSource dataSource,
            JdbcClient jdbc,
            EventProcessingConfiguration processing,
            PlatformTransactionManager transactions,
            ReadModelProperties properties,
            RebuildRecords records,
            TokenTable tokens,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.processing = processing;
        this.liveTransaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.records = records;
        this.tokens = tokens;
        this.clock = clock;
    }

    void promote(UUID id, List<ReadModel> models) {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        for (ReadModel model : models) {
            processing
                    .eventProcessor(model.processor(), StreamingEventProcessor.class)
                    .ifPresent(processor -> {
                        processor.shutDown();
                        stopped.add(processor);
                    });
        }
        try {
            String shadow = shadowSchema();
            String[] token = records.token(id);
            liveTransaction.executeWithoutResult(tx -> {
                for (ReadModel model : models) {
                    tokens.lock(model.processor());
                    for (String table : model.tables()) {
                        jdbc.sql("DELETE FROM " + table).update();
                        jdbc.sql("INSERT INTO " + table + " SELECT * FROM " + shadow + "." + table)
                                .update();
                    }
                    tokens.pointAll(model.processor(), token[0], token[1], properties.segments(), clock.instant());
                    // The rebuilt tables hold every event up to the new position, the ones a projection had failed on
                    // included (a rebuild stops on any failure), and the processor goes on from there.
                    jdbc.sql("DELETE FROM dead_letter_entry WHERE processing_group = :processor")
                            .param("processor", model.processor())
                            .update();
                }
                records.promoted(id);
            });
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }
    }

    private String shadowSchema() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers()
                    ? ShadowSchema.NAME.toUpperCase(Locale.ROOT)
                    : ShadowSchema.NAME;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
