package org.gsef.governance.query.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.gsef.governance.query.catalogue.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The read models' dead letters. When a projection fails on an event, Axon's dead-letter queue (in the database, table
 * {@code dead_letter_entry}) keeps that event, and every later event of the same entity behind it so that the entity's
 * events are never applied out of order, while the projection goes on with every other event. The letters can be
 * listed, counted (gauge {@code gsef_dead_letters{processor}}, alert {@code GsefDeadLetters}) and retried once the
 * cause is mended; a promoted rebuild replaces them, as it re-applies every event.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** The table and its columns, as created by the Flyway migration V5__dead_letters. */
    public static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final MultiGauge gauge;

    public DeadLetters(JdbcClient jdbc, @Lazy EventProcessingConfiguration processing, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.gauge = MultiGauge.builder("gsef.dead.letters")
                .description(
                        "events a read model's projection failed on, waiting in the dead-letter queue, by processor")
                .register(metrics);
    }

    /** The queue of one read model's processor, in the database, in the transaction of the batch that fills it. */
    public static SequencedDeadLetterQueue<EventMessage<?>> queue(
            String processor, ConnectionProvider connections, TransactionManager transactions, Serializer serializer) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(processor)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(SCHEMA)
                .genericSerializer(serializer)
                .eventSerializer(serializer)
                .build();
    }

    /**
     * A dead letter as people read it.
     *
     * @param sequence the entity whose events wait behind this one (the aggregate identifier)
     * @param index the letter's place in its sequence, from 0
     * @param globalIndex the event's position in the event store
     */
    public record Letter(
            String id,
            String processor,
            String sequence,
            long index,
            String eventId,
            Long globalIndex,
            String eventType,
            String occurredAt,
            String enqueuedAt,
            String lastTouched,
            String causeType,
            String causeMessage) {}

    /** Every letter, or those of one processor, in the order of the event store. */
    public List<Letter> list(String processor) {
        String where = processor == null ? "" : " WHERE d.processing_group = :processor\n";
        var query = jdbc.sql("""
                SELECT d.dead_letter_id, d.processing_group, d.sequence_identifier, d.sequence_index,
                       d.event_identifier, e.global_index, d.payload_type, d.time_stamp, d.enqueued_at,
                       d.last_touched, d.cause_type, d.cause_message
                  FROM dead_letter_entry d LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier
                """ + where + """
                 ORDER BY d.processing_group, e.global_index, d.sequence_identifier, d.sequence_index""");
        if (processor != null) {
            query = query.param("processor", processor);
        }
        return query.query((rs, n) -> new Letter(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    /** The number of letters of every read model's processor, zero included. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ReadModels.ALL.forEach(model -> counts.put(model.processor(), 0L));
        jdbc.sql("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * What a retry did: sequences whose letters were all applied now, and sequences that failed again and wait on.
     */
    public record Retry(String processor, int sequencesApplied, int sequencesStillFailing, long lettersLeft) {}

    /**
     * Retries every waiting sequence of the processor once, each in its own transaction: a sequence whose first
     * letter now succeeds is applied in order and leaves the queue; one that fails again stays, its cause updated.
     */
    public Retry retry(String processor) {
        ReadModels.named(processor)
                .orElseThrow(
                        () -> new IllegalArgumentException("no read model is built by a processor named " + processor));
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing
                .sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new IllegalStateException(processor + " has no dead-letter queue"));
        long sequences = jdbc.sql("SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry"
                        + " WHERE processing_group = :processor")
                .param("processor", processor)
                .query(Long.class)
                .single();
        int applied = 0;
        int failing = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.processAny()) {
                applied++;
            } else {
                failing++;
            }
        }
        long left = counts().getOrDefault(processor, 0L);
        log.info(
                "dead letters of {} retried: {} sequences applied, {} failed again, {} letters left",
                processor,
                applied,
                failing,
                left);
        refresh();
        return new Retry(processor, applied, failing, left);
    }

    @Scheduled(fixedDelayString = "${gsef.metrics.refresh:5s}", initialDelay = 0)
    public void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            counts().forEach((processor, count) -> rows.add(MultiGauge.Row.of(Tags.of("processor", processor), count)));
            gauge.register(rows, true);
        } catch (RuntimeException unavailable) {
            log.debug("dead letters not counted: {}", unavailable.toString());
        }
    }
}
