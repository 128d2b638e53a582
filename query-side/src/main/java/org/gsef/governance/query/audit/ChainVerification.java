package org.gsef.governance.query.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.audit.EventIntegrity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes the chain from the event store as it is now and reports the first event that does not match: changed
 * (its stored form no longer gives its link), removed (a link names an event the store no longer has), or inserted
 * (an event without a valid seal, or stored among chained events without a link). Every signed checkpoint must match
 * the chain recomputed at its link and bear the checkpoint key's signature. Reads in batches, so the whole store never
 * sits in memory.
 */
@Component
public class ChainVerification {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final EventIntegrity integrity;

    private final AuditCheckpoints checkpoints;

    public ChainVerification(JdbcClient jdbc, EventIntegrity integrity, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.integrity = integrity;
        this.checkpoints = checkpoints;
    }

    /** What the verification is checking: the links of the chain, then every event of the store. */
    public enum Stage {
        LINKS,
        EVENTS
    }

    /** Told after each batch how many links, then events, are checked so far. */
    @FunctionalInterface
    public interface Progress {
        void at(Stage stage, long done);
    }

    /** How much there is to check: links in the chain, events in the store. */
    public record Extent(long links, long events) {}

    public Extent extent() {
        return new Extent(
                jdbc.sql("SELECT count(*) FROM event_chain").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single());
    }

    public Report verify() {
        return verify((stage, done) -> {});
    }

    public Report verify(Progress progress) {
        Map<String, String> entityHashes = new HashMap<>();
        String chainHash = AuditBundle.GENESIS;
        long links = 0;
        long lastChainedIndex = 0;
        long after = 0;
        Map<Long, Checkpoint> signed = new HashMap<>();
        checkpoints.between(1, Long.MAX_VALUE).forEach(checkpoint -> signed.put(checkpoint.chainSeq(), checkpoint));
        long checkpointsVerified = 0;
        while (true) {
            List<Link> batch = jdbc.sql("SELECT chain_seq, global_index, event_identifier, aggregate_identifier,"
                            + " entity_hash, chain_hash FROM event_chain WHERE chain_seq > :after ORDER BY chain_seq"
                            + " FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("after", after)
                    .query((rs, n) -> new Link(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            for (Link link : batch) {
                after = link.sequence();
                links++;
                lastChainedIndex = Math.max(lastChainedIndex, link.globalIndex());
                var stored = jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                                + " WHERE global_index = :index")
                        .param("index", link.globalIndex())
                        .query((rs, n) -> StoredEvents.of(rs))
                        .optional();
                if (stored.isEmpty()) {
                    return Report.problem(
                            links,
                            Problem.REMOVED,
                            link.globalIndex(),
                            link.eventIdentifier(),
                            link.aggregateIdentifier());
                }
                StoredEvent row = stored.get();
                String previous = entityHashes.getOrDefault(row.aggregateIdentifier(), AuditBundle.GENESIS);
                String entityHash = AuditBundle.entityHash(previous, row);
                chainHash = AuditBundle.chainHash(chainHash, row.globalIndex(), entityHash);
                if (!row.eventIdentifier().equals(link.eventIdentifier())
                        || !entityHash.equals(link.entityHash())
                        || !chainHash.equals(link.chainHash())) {
                    return Report.problem(
                            links,
                            Problem.CHANGED,
                            link.globalIndex(),
                            link.eventIdentifier(),
                            link.aggregateIdentifier());
                }
                if (!integrity.verifies(StoredEvents.storedForm(row))) {
                    // linked as it is now, yet not sealed by the application: it was put there from outside
                    return Report.problem(
                            links,
                            Problem.INSERTED,
                            row.globalIndex(),
                            row.eventIdentifier(),
                            row.aggregateIdentifier());
                }
                entityHashes.put(row.aggregateIdentifier(), entityHash);
                Checkpoint checkpoint = signed.remove(link.sequence());
                if (checkpoint != null) {
                    if (!checkpoint.chainHash().equals(chainHash)
                            || checkpoint.globalIndex() != row.globalIndex()
                            || !checkpoint.signedBy(checkpoints.key().publicKey())) {
                        return Report.problem(
                                links,
                                Problem.CHECKPOINT,
                                checkpoint.globalIndex(),
                                row.eventIdentifier(),
                                row.aggregateIdentifier());
                    }
                    checkpointsVerified++;
                }
            }
            progress.at(Stage.LINKS, links);
        }
        if (!signed.isEmpty()) {
            // a checkpoint of a link the chain no longer has: the end of the chain was removed
            Checkpoint orphan = signed.values().iterator().next();
            return Report.problem(links, Problem.CHECKPOINT, orphan.globalIndex(), null, null);
        }
        long index = 0;
        long events = 0;
        while (true) {
            List<StoredEvent> batch = jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                            + " WHERE global_index > :after ORDER BY global_index FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("after", index)
                    .query((rs, n) -> StoredEvents.of(rs))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            for (StoredEvent row : batch) {
                index = row.globalIndex();
                events++;
                boolean chained = jdbc.sql("SELECT count(*) FROM event_chain WHERE global_index = :index")
                                .param("index", row.globalIndex())
                                .query(Long.class)
                                .single()
                        > 0;
                // An event the chain check above did not cover (not yet linked, or linked since) must still bear
                // the application's seal; without it, it was put there from outside.
                if (!integrity.verifies(StoredEvents.storedForm(row))
                        || (!chained && row.globalIndex() < lastChainedIndex)) {
                    return Report.problem(
                            links,
                            Problem.INSERTED,
                            row.globalIndex(),
                            row.eventIdentifier(),
                            row.aggregateIdentifier());
                }
            }
            progress.at(Stage.EVENTS, events);
        }
        return new Report(true, links, events, checkpointsVerified, null, null, null, null, chainHash);
    }

    public enum Problem {
        CHANGED,
        REMOVED,
        INSERTED,
        /** a signed checkpoint does not match the chain, or its signature does not verify */
        CHECKPOINT
    }

    private record Link(
            long sequence,
            long globalIndex,
            String eventIdentifier,
            String aggregateIdentifier,
            String entityHash,
            String chainHash) {}

    /**
     * @param links links verified
     * @param events events in the store (all verified when the chain holds)
     * @param checkpoints signed checkpoints verified against the chain
     * @param head the hash at the head of the chain, when it holds
     */
    public record Report(
            boolean intact,
            long links,
            long events,
            long checkpoints,
            Problem problem,
            Long globalIndex,
            String eventIdentifier,
            String aggregateIdentifier,
            String head) {

        static Report problem(long links, Problem problem, long globalIndex, String event, String aggregate) {
            return new Report(false, links, 0, 0, problem, globalIndex, event, aggregate, null);
        }
    }
}
