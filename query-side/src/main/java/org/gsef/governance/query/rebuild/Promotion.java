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
 * tokens: on PostgreSQL the shadow tables themselves move into the live schema in place of the live ones (dropped),
 * unless a table not rebuilt refers to one of them; on H2, and in that case, their rows are copied. The tokens then
 * point where the rebuild stopped: the processors go on from there, here and in every other
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
            List<String> tables =
                    models.stream().flatMap(model -> model.tables().stream()).toList();
            boolean swap = postgres() && referencedOnlyAmong(tables);
            liveTransaction.executeWithoutResult(tx -> {
                for (ReadModel model : models) {
                    tokens.lock(model.processor());
                }
                if (swap) {
                    // The rebuilt tables, their indexes and constraints, replace the live ones whole: no row is
                    // copied, so a promotion takes as long on a million rows as on ten.
                    jdbc.sql("DROP TABLE " + String.join(", ", tables)).update();
                    for (String table : tables) {
                        jdbc.sql("ALTER TABLE " + shadow + "." + table + " SET SCHEMA " + liveSchema())
                                .update();
                    }
                } else {
                    for (String table : tables) {
                        jdbc.sql("DELETE FROM " + table).update();
                        jdbc.sql("INSERT INTO " + table + " SELECT * FROM " + shadow + "." + table)
                                .update();
                    }
                }
                for (ReadModel model : models) {
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

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String liveSchema() {
        return jdbc.sql("SELECT current_schema()").query(String.class).single();
    }

    /**
     * Whether no table outside {@code tables} refers to one of them by a foreign key: then they can be dropped and
     * replaced together; otherwise their rows are copied, and the referring tables keep their references.
     */
    private boolean referencedOnlyAmong(List<String> tables) {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_constraint c
                          JOIN pg_class referred ON referred.oid = c.confrelid
                          JOIN pg_class referring ON referring.oid = c.conrelid
                         WHERE c.contype = 'f' AND referred.relnamespace = current_schema()::regnamespace
                           AND referred.relname IN (:tables) AND referring.relname NOT IN (:tables)""").param("tables", tables).query(Long.class).single() == 0;
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
