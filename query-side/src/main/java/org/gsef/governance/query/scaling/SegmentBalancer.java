package org.gsef.governance.query.scaling;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.query.catalogue.ReadModels;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.ReadModelProperties;
import org.gsef.governance.query.readmodel.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares the read models' segments among the query-side processes on one database. Axon's pooled processors claim every
 * free segment they may, so the first process to start would keep them all: each process says it is alive (table
 * {@code query_node}), and one that holds more than its fair share of a processor's segments (the segments divided by
 * the processes alive, rounded up) releases one for another process to claim. A process that dies stops renewing its
 * claims; once the claim timeout has passed, the others take its segments over (their fair share has grown by then).
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final ReadModelProperties readModels;
    private final Duration releaseFor;
    private final Duration aliveFor;
    private final Clock clock;
    private final String node = AxonPersistenceConfiguration.nodeId();

    public SegmentBalancer(
            JdbcClient jdbc,
            @Lazy EventProcessingConfiguration processing,
            ReadModelProperties readModels,
            Clock clock) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.readModels = readModels;
        this.aliveFor = readModels.balanceInterval().plusSeconds(1);
        // Long enough for another process to claim it (it looks every claim interval), short enough that the segment
        // comes back soon if no other process does.
        this.releaseFor = readModels.claimInterval().multipliedBy(3);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${gsef.read-model.balance-interval:3s}",
            initialDelayString = "${gsef.read-model.balance-interval:3s}")
    public void balance() {
        try {
            var now = Rows.timestamp(clock.instant());
            Rows.upsert(
                    jdbc,
                    "UPDATE query_node SET seen_at = :now WHERE node_id = :node",
                    "INSERT INTO query_node (node_id, seen_at) VALUES (:node, :now)",
                    Map.of("node", node, "now", now));
            // A process is gone once it missed a heartbeat: sooner than its claims run out (they are renewed at
            // least every 5 s and last the claim timeout), so that no survivor gives back a segment it just took
            // over from a dead process.
            jdbc.sql("DELETE FROM query_node WHERE seen_at < :forgotten")
                    .param("forgotten", Rows.timestamp(clock.instant().minus(Duration.ofHours(1))))
                    .update();
            long alive = jdbc.sql("SELECT count(*) FROM query_node WHERE seen_at > :since")
                    .param("since", Rows.timestamp(clock.instant().minus(aliveFor)))
                    .query(Long.class)
                    .single();
            int fairShare = (int) Math.ceil(readModels.segments() / (double) Math.max(1, alive));
            for (ReadModel model : ReadModels.ALL) {
                processing
                        .eventProcessor(model.processor(), StreamingEventProcessor.class)
                        .ifPresent(processor -> shed(processor, fairShare));
            }
        } catch (RuntimeException unavailable) {
            log.debug("segments not balanced this time: {}", unavailable.toString());
        }
    }

    /** Releases one segment above the fair share, long enough for another process to claim it. */
    private void shed(StreamingEventProcessor processor, int fairShare) {
        var held = processor.processingStatus().keySet();
        if (held.size() > fairShare) {
            int segment = held.stream().mapToInt(Integer::intValue).max().orElseThrow();
            log.info(
                    "{} holds {} segments of {}, more than its share of {}: releasing segment {}",
                    node,
                    held.size(),
                    processor.getName(),
                    fairShare,
                    segment);
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A process that stops in order says so at once, so the others' shares grow without waiting for the timeout. */
    @PreDestroy
    public void leave() {
        try {
            jdbc.sql("DELETE FROM query_node WHERE node_id = :node")
                    .param("node", node)
                    .update();
        } catch (RuntimeException unavailable) {
            log.debug("could not leave: {}", unavailable.toString());
        }
    }
}
