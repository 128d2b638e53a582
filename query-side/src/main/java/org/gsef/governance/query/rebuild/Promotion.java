package org.gsef.governance.query.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gsef.governance.query.catalogue.ReadModels.ReadModel;
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
 *
 * <p>The tokens are moved with SQL on Axon's {@code token_entry} table rather than through its {@code TokenStore}:
 * that API only stores a token for the node that holds the segment's claim, and a promotion must take the segments
 * from every process at once, claimed or not, in the same transaction as the tables it replaces.
 */
@Component
class Promotion {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate liveTransaction;
    private final ReadModelProperties properties;
    private final RebuildRecords records;
    private final Clock clock;

    Promotion(
            DataSource dataSource,
            JdbcClient jdbc,
            EventProcessingConfiguration processing,
            PlatformTransactionManager transactions,
            ReadModelProperties properties,
            RebuildRecords records,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.processing = processing;
        this.liveTransaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.records = records;
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
                    jdbc.sql("SELECT segment FROM token_entry WHERE processor_name = :processor FOR UPDATE")
                            .param("processor", model.processor())
                            .query(Integer.class)
                            .list();
                    for (String table : model.tables()) {
                        jdbc.sql("DELETE FROM " + table).update();
                        jdbc.sql("INSERT INTO " + table + " SELECT * FROM " + shadow + "." + table)
                                .update();
                    }
                    pointTokens(model.processor(), token[0], token[1]);
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

    /** Every segment of the processor goes on from the rebuild's last token, and is free for any process to claim. */
    private void pointTokens(String processor, String token, String tokenType) {
        byte[] bytes = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        String at = DateTimeUtils.formatInstant(clock.instant());
        int updated = jdbc.sql("UPDATE token_entry SET token = :token, token_type = :type, owner = NULL,"
                        + " time_stamp = :at WHERE processor_name = :processor")
                .param("token", bytes, Types.VARBINARY)
                .param("type", tokenType)
                .param("at", at)
                .param("processor", processor)
                .update();
        if (updated == 0) {
            for (int segment = 0; segment < properties.segments(); segment++) {
                jdbc.sql("INSERT INTO token_entry (processor_name, segment, token, token_type, time_stamp)"
                                + " VALUES (:processor, :segment, :token, :type, :at)")
                        .param("processor", processor)
                        .param("segment", segment)
                        .param("token", bytes, Types.VARBINARY)
                        .param("type", tokenType)
                        .param("at", at)
                        .update();
            }
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
