package org.gsef.governance.query.audit;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Recomputes the chain from the event store as it is now and reports every event that does not match (naming the
 * first {@link #NAMED}, counting all): changed (its stored form no longer gives its link), removed (a link names an
 * event the store no longer has), or inserted (an event without a valid seal, or stored among chained events without
 * a link). After a problem it goes on from the link as recorded, so each event is judged on its own. Every signed checkpoint must match
 * the chain recomputed at its link and bear the checkpoint key's signature. Reads in batches, so the whole store never
 * sits in memory.
 */
@Component
public class ChainVerification {

    private static final int BATCH = 500;

    /** How many problems a report names; beyond them it only counts. */
    public static final int NAMED = 100;

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
        Findings findings = new Findings();
        Map<String, String> entityHashes = new HashMap<>();
        String chainHash = AuditBundle.GENESIS;
        long links = 0;
        long lastSequence = 0;
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
                lastSequence = link.sequence();
                links++;
                lastChainedIndex = Math.max(lastChainedIndex, link.globalIndex());
                var stored = jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                                + " WHERE global_index = :index")
                        .param("index", link.globalIndex())
                        .query((rs, n) -> StoredEvents.of(rs))
                        .optional();
                Checkpoint checkpoint = signed.remove(link.sequence());
                if (stored.isEmpty()) {
                    findings.add(
                            Problem.REMOVED, link.globalIndex(), link.eventIdentifier(), link.aggregateIdentifier());
                } else {
                    StoredEvent row = stored.get();
                    String previous = entityHashes.getOrDefault(row.aggregateIdentifier(), AuditBundle.GENESIS);
                    String entityHash = AuditBundle.entityHash(previous, row);
                    String recomputed = AuditBundle.chainHash(chainHash, row.globalIndex(), entityHash);
                    if (!row.eventIdentifier().equals(link.eventIdentifier())
                            || !entityHash.equals(link.entityHash())
                            || !recomputed.equals(link.chainHash())) {
                        findings.add(
                                Problem.CHANGED,
                                link.globalIndex(),
                                link.eventIdentifier(),
                                link.aggregateIdentifier());
                    } else if (!integrity.verifies(StoredEvents.storedForm(row))) {
                        // linked as it is now, yet not sealed by the application: it was put there from outside
                        findings.add(
                                Problem.INSERTED, row.globalIndex(), row.eventIdentifier(), row.aggregateIdentifier());
                    }
                }
                // Go on from the link as it was recorded, so that each later event is judged on its own and one
                // change does not make every event after it look changed too.
                chainHash = link.chainHash();
                entityHashes.put(link.aggregateIdentifier(), link.entityHash());
                if (checkpoint != null) {
                    if (!checkpoint.chainHash().equals(link.chainHash())
                            || checkpoint.globalIndex() != link.globalIndex()
                            || !checkpoint.signedBy(checkpoints.key().publicKey())) {
                        findings.add(
                                Problem.CHECKPOINT,
                                checkpoint.globalIndex(),
                                link.eventIdentifier(),
                                link.aggregateIdentifier());
                    } else {
                        checkpointsVerified++;
                    }
                }
            }
            progress.at(Stage.LINKS, links);
        }
        // a checkpoint of a link the chain no longer has: the end of the chain was removed
        signed.values().stream()
                .sorted(Comparator.comparingLong(Checkpoint::chainSeq))
                .forEach(orphan -> findings.add(Problem.CHECKPOINT, orphan.globalIndex(), null, null));
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
                var sequence = jdbc.sql("SELECT chain_seq FROM event_chain WHERE global_index = :index")
                        .param("index", row.globalIndex())
                        .query(Long.class)
                        .optional();
                if (sequence.isPresent() && sequence.get() <= lastSequence) {
                    continue; // checked with its link above, and named there if it did not hold
                }
                // An event the chain check above did not cover (not yet linked, or linked since) must still bear
                // the application's seal; without it, it was put there from outside.
                if (!integrity.verifies(StoredEvents.storedForm(row))
                        || (sequence.isEmpty() && row.globalIndex() < lastChainedIndex)) {
                    findings.add(Problem.INSERTED, row.globalIndex(), row.eventIdentifier(), row.aggregateIdentifier());
                }
            }
            progress.at(Stage.EVENTS, events);
        }
        if (findings.count == 0) {
            return new Report(
                    true, links, events, checkpointsVerified, null, null, null, null, chainHash, 0, List.of());
        }
        Finding first = findings.named.getFirst();
        return new Report(
                false,
                links,
                events,
                checkpointsVerified,
                first.problem(),
                first.globalIndex(),
                first.eventIdentifier(),
                first.aggregateIdentifier(),
                null,
                findings.count,
                List.copyOf(findings.named));
    }

    /** Every problem is counted; the first {@link #NAMED} are named. */
    private static final class Findings {
        private final List<Finding> named = new ArrayList<>();
        private long count;

        void add(Problem problem, long globalIndex, String event, String aggregate) {
            count++;
            if (named.size() < NAMED) {
                named.add(new Finding(problem, globalIndex, event, aggregate));
            }
        }
    }

    /** One event (or checkpoint) that does not hold, at its position in the store. */
    public record Finding(Problem problem, long globalIndex, String eventIdentifier, String aggregateIdentifier) {}

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
     * @param events events in the store
     * @param checkpoints signed checkpoints verified against the chain
     * @param problem the first problem found (with its position and event below), when the chain does not hold
     * @param head the hash at the head of the chain, when it holds
     * @param problemCount every problem found
     * @param problems the first {@link #NAMED} of them, in the order found: the chain's links, then the store's events
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
            String head,
            long problemCount,
            List<Finding> problems) {}
}
