package org.gsef.governance.query.audit;

import java.sql.ResultSet;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain from the event store as it is now and reports every event that does not match (naming the
 * first {@link #NAMED}, counting all): changed (its stored form no longer gives its link), removed (a link names an
 * event the store no longer has), or inserted (an event without a valid seal, or stored among chained events without
 * a link). After a problem it goes on from the link as recorded, so each event is judged on its own. Every signed checkpoint must match
 * the chain recomputed at its link and bear the checkpoint key's signature. One ordered pass over the links (with the
 * events they name), then one over the events, both streamed, so the whole store never sits in memory and no event
 * costs a query of its own.
 */
@Component
public class ChainVerification {

    private static final int BATCH = 500;

    /** How many problems a report names; beyond them it only counts. */
    public static final int NAMED = 100;

    private final JdbcClient jdbc;
    private final EventIntegrity integrity;

    private final AuditCheckpoints checkpoints;

    private final TransactionTemplate reading;

    public ChainVerification(
            JdbcClient jdbc,
            EventIntegrity integrity,
            AuditCheckpoints checkpoints,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.integrity = integrity;
        this.checkpoints = checkpoints;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The event store's columns as {@link StoredEvents} reads them, from the table aliased so. */
    private static String prefixed(String alias) {
        return java.util.Arrays.stream(StoredEvents.COLUMNS.split(","))
                .map(column -> alias + "." + column.strip())
                .collect(java.util.stream.Collectors.joining(", "));
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
        return reading.execute(status -> verifyInOnePass(progress));
    }

    /**
     * Two ordered streams, each read once: the links in chain order with the event each names (its row as stored now,
     * when the store still has it), then the store's events in order with the link each has, if any. Read with a
     * fetch size inside one read-only transaction, so that PostgreSQL hands the rows over a cursor a slice at a time.
     */
    private Report verifyInOnePass(Progress progress) {
        Findings findings = new Findings();
        Map<String, String> entityHashes = new HashMap<>();
        Map<Long, Checkpoint> signed = new HashMap<>();
        checkpoints.between(1, Long.MAX_VALUE).forEach(checkpoint -> signed.put(checkpoint.chainSeq(), checkpoint));
        var links = new Object() {
            String chainHash = AuditBundle.GENESIS;
            long count;
            long lastSequence;
            long lastChainedIndex;
            long checkpointsVerified;
        };
        jdbc.sql("SELECT l.chain_seq AS link_seq, l.global_index AS link_index, l.event_identifier AS link_event,"
                        + " l.aggregate_identifier AS link_entity, l.entity_hash AS link_entity_hash,"
                        + " l.chain_hash AS link_chain_hash, " + prefixed("e") + " FROM event_chain l"
                        + " LEFT JOIN domain_event_entry e ON e.global_index = l.global_index ORDER BY l.chain_seq")
                .withFetchSize(BATCH)
                .query((ResultSet rs) -> {
                    Link link = new Link(
                            rs.getLong("link_seq"),
                            rs.getLong("link_index"),
                            rs.getString("link_event"),
                            rs.getString("link_entity"),
                            rs.getString("link_entity_hash"),
                            rs.getString("link_chain_hash"));
                    links.lastSequence = link.sequence();
                    links.count++;
                    links.lastChainedIndex = Math.max(links.lastChainedIndex, link.globalIndex());
                    Checkpoint checkpoint = signed.remove(link.sequence());
                    if (rs.getString("event_identifier") == null) {
                        findings.add(
                                Problem.REMOVED,
                                link.globalIndex(),
                                link.eventIdentifier(),
                                link.aggregateIdentifier());
                    } else {
                        StoredEvent row = StoredEvents.of(rs);
                        String previous = entityHashes.getOrDefault(row.aggregateIdentifier(), AuditBundle.GENESIS);
                        String entityHash = AuditBundle.entityHash(previous, row);
                        String recomputed = AuditBundle.chainHash(links.chainHash, row.globalIndex(), entityHash);
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
                                    Problem.INSERTED,
                                    row.globalIndex(),
                                    row.eventIdentifier(),
                                    row.aggregateIdentifier());
                        }
                    }
                    // Go on from the link as it was recorded, so that each later event is judged on its own and one
                    // change does not make every event after it look changed too.
                    links.chainHash = link.chainHash();
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
                            links.checkpointsVerified++;
                        }
                    }
                    if (links.count % BATCH == 0) {
                        progress.at(Stage.LINKS, links.count);
                    }
                });
        progress.at(Stage.LINKS, links.count);
        entityHashes.clear();
        // a checkpoint of a link the chain no longer has: the end of the chain was removed
        signed.values().stream()
                .sorted(Comparator.comparingLong(Checkpoint::chainSeq))
                .forEach(orphan -> findings.add(Problem.CHECKPOINT, orphan.globalIndex(), null, null));
        long[] events = {0};
        // The stored form of an event checked with its link above is not read a second time.
        String uncovered = "(c.chain_seq IS NULL OR c.chain_seq > :last)";
        jdbc.sql("SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,"
                        + " e.time_stamp, e.payload_type, e.payload_revision,"
                        + " CASE WHEN " + uncovered + " THEN e.payload END AS payload,"
                        + " CASE WHEN " + uncovered + " THEN e.meta_data END AS meta_data,"
                        + " c.chain_seq AS link_seq FROM domain_event_entry e"
                        + " LEFT JOIN event_chain c ON c.global_index = e.global_index ORDER BY e.global_index")
                .param("last", links.lastSequence)
                .withFetchSize(BATCH)
                .query((ResultSet rs) -> {
                    events[0]++;
                    long sequence = rs.getLong("link_seq");
                    boolean linked = !rs.wasNull();
                    if (events[0] % BATCH == 0) {
                        progress.at(Stage.EVENTS, events[0]);
                    }
                    if (linked && sequence <= links.lastSequence) {
                        return; // checked with its link above, and named there if it did not hold
                    }
                    StoredEvent row = StoredEvents.of(rs);
                    // An event the chain check above did not cover (not yet linked, or linked since) must still bear
                    // the application's seal; without it, it was put there from outside.
                    if (!integrity.verifies(StoredEvents.storedForm(row))
                            || (!linked && row.globalIndex() < links.lastChainedIndex)) {
                        findings.add(
                                Problem.INSERTED, row.globalIndex(), row.eventIdentifier(), row.aggregateIdentifier());
                    }
                });
        progress.at(Stage.EVENTS, events[0]);
        String chainHash = links.chainHash;
        long checkpointsVerified = links.checkpointsVerified;
        long linkCount = links.count;
        long eventCount = events[0];
        if (findings.count == 0) {
            return new Report(
                    true, linkCount, eventCount, checkpointsVerified, null, null, null, null, chainHash, 0, List.of());
        }
        Finding first = findings.named.getFirst();
        return new Report(
                false,
                linkCount,
                eventCount,
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
