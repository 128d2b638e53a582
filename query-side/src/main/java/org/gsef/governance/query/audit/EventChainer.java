package org.gsef.governance.query.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.axon.EventStoreProperties;
import org.gsef.governance.platform.axon.Lingering;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chains every stored event by hash, in the order the event store delivers them: per entity (each link covers the
 * entity's previous link and the event as stored) and across the whole store. One segment, so the chain has one
 * writer however many query-side processes run.
 *
 * <p>Events are linked a batch at a time: the handler only collects the batch's events; before the batch's
 * transaction commits, their stored rows are read by position, the entities' last links in one query, the links
 * computed from the head of the chain (held in memory between batches) and written in one multi-row statement, in the
 * same transaction as the processor's token. A crash mid-batch rolls back links and token together, so the batch is
 * linked again from the same head. A head held in memory that another process has moved on since (it took the
 * segment over for a while) cannot fork the chain: the next link's sequence number is the table's primary key, the
 * insert collides, the batch rolls back, the head is read again and the batch retried.
 */
@Component
@ProcessingGroup(EventChainer.PROCESSOR)
public class EventChainer {

    public static final String PROCESSOR = "audit-chain";

    /** Events linked per transaction at most. */
    static final int BATCH = 500;

    private static final String PENDING = EventChainer.class.getName() + ".pending";

    /** Each entity's newest link ({@code :entities}: {@link #entityRows}), one index probe an entity. */
    static final String LAST_LINKS = "SELECT e.id, (SELECT c.entity_hash FROM event_chain c"
            + " WHERE c.aggregate_identifier = e.id ORDER BY c.chain_seq DESC FETCH FIRST 1 ROWS ONLY)"
            + " FROM (VALUES :entities) AS e (id)";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The last link committed, as far as this process knows; {@code null}: read it from the table. */
    private volatile Head head;

    public EventChainer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The chain's processor: tracking, one thread and one segment, batches of up to {@link #BATCH} events, reading the
     * store through {@link Lingering} (a batch's queries and commit are the chain's cost, whatever its size).
     */
    @Bean
    static ConfigurerModule auditChainProcessing(EventStoreProperties store) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                PROCESSOR,
                config -> new Lingering(config.eventStore(), store.linger()),
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH)));
    }

    @EventHandler
    void on(EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Pending pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            Pending batch = new Pending();
            unitOfWork.onPrepareCommit(uow -> link(batch));
            unitOfWork.afterCommit(uow -> {
                if (batch.newHead != null) {
                    head = batch.newHead;
                }
            });
            unitOfWork.onRollback(uow -> head = null);
            return batch;
        });
        pending.events.add(event);
    }

    /** The chain is not a read model: a replay must not rebuild it from events that may have changed since. */
    @ResetHandler
    void reset() {
        throw new IllegalStateException("the audit chain is never reset");
    }

    /** Links the batch's events that are stored and not linked yet, in the order they were delivered. */
    private void link(Pending batch) {
        Map<String, StoredEvent> stored = storedRows(batch.events);
        if (stored.isEmpty()) {
            return;
        }
        Set<Long> chained = alreadyChained(stored.values());
        List<StoredEvent> toLink = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (EventMessage<?> event : batch.events) {
            StoredEvent row = stored.get(event.getIdentifier());
            if (row != null && !chained.contains(row.globalIndex()) && seen.add(row.globalIndex())) {
                toLink.add(row);
            }
        }
        if (toLink.isEmpty()) {
            return;
        }
        Head current = head != null ? head : readHead();
        Map<String, String> entityHashes = lastEntityHashes(toLink);
        long sequence = current.sequence();
        String chainHash = current.chainHash();
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        StringBuilder sql = new StringBuilder("INSERT INTO event_chain (chain_seq, global_index, event_identifier,"
                + " aggregate_identifier, entity_hash, chain_hash, chained_at) VALUES ");
        List<Object> params = new ArrayList<>(toLink.size() * 7);
        for (StoredEvent row : toLink) {
            String previousEntity = entityHashes.getOrDefault(row.aggregateIdentifier(), AuditBundle.GENESIS);
            String entityHash = AuditBundle.entityHash(previousEntity, row);
            chainHash = AuditBundle.chainHash(chainHash, row.globalIndex(), entityHash);
            sequence++;
            entityHashes.put(row.aggregateIdentifier(), entityHash);
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.addAll(List.of(
                    sequence,
                    row.globalIndex(),
                    row.eventIdentifier(),
                    row.aggregateIdentifier(),
                    entityHash,
                    chainHash,
                    at));
        }
        jdbc.sql(sql.toString()).params(params).update();
        batch.newHead = new Head(sequence, chainHash);
    }

    /**
     * The batch's events as stored, by event identifier: read by the range of their positions when it is dense, by
     * the positions themselves otherwise (a batch that fills a gap), by identifier for an event without a position.
     */
    private Map<String, StoredEvent> storedRows(List<EventMessage<?>> events) {
        List<Long> positions = new ArrayList<>();
        List<String> unpositioned = new ArrayList<>();
        for (EventMessage<?> event : events) {
            var position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                    ? tracked.trackingToken().position()
                    : java.util.OptionalLong.empty();
            if (position.isPresent()) {
                positions.add(position.getAsLong());
            } else {
                unpositioned.add(event.getIdentifier());
            }
        }
        Map<String, StoredEvent> rows = new HashMap<>();
        if (!positions.isEmpty()) {
            long low = positions.stream().mapToLong(Long::longValue).min().orElseThrow();
            long high = positions.stream().mapToLong(Long::longValue).max().orElseThrow();
            List<StoredEvent> found = high - low < 2L * positions.size()
                    ? jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                                    + " WHERE global_index BETWEEN :low AND :high")
                            .param("low", low)
                            .param("high", high)
                            .query((rs, n) -> StoredEvents.of(rs))
                            .list()
                    : jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                                    + " WHERE global_index IN (:positions)")
                            .param("positions", positions)
                            .query((rs, n) -> StoredEvents.of(rs))
                            .list();
            found.forEach(row -> rows.put(row.eventIdentifier(), row));
        }
        // an event whose row was not at its position (or that has none) is looked for by its identifier
        List<String> missing = new ArrayList<>(unpositioned);
        for (EventMessage<?> event : events) {
            if (!rows.containsKey(event.getIdentifier()) && !unpositioned.contains(event.getIdentifier())) {
                missing.add(event.getIdentifier());
            }
        }
        if (!missing.isEmpty()) {
            jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry WHERE event_identifier IN (:ids)")
                    .param("ids", missing)
                    .query((rs, n) -> StoredEvents.of(rs))
                    .list()
                    .forEach(row -> rows.put(row.eventIdentifier(), row));
        }
        return rows;
    }

    /** Which of the rows are linked already (a batch delivered again after its commit was not confirmed). */
    private Set<Long> alreadyChained(java.util.Collection<StoredEvent> rows) {
        List<Long> positions =
                rows.stream().map(StoredEvent::globalIndex).distinct().toList();
        return new HashSet<>(jdbc.sql("SELECT global_index FROM event_chain WHERE global_index IN (:positions)")
                .param("positions", positions)
                .query(Long.class)
                .list());
    }

    /**
     * The last entity hash of each entity the rows belong to, in one query: for each entity its newest link, read
     * through the entity's index ({@code event_chain_aggregate}) backwards and stopped at the first row, a plan that
     * does not depend on the table's statistics. (A {@code max} grouped over the entities' links, as before, was
     * planned as a scan of the whole chain while the table had none: without {@code ANALYZE}, 17 ms a batch at 109,000
     * links, and growing with the chain.)
     */
    private Map<String, String> lastEntityHashes(List<StoredEvent> rows) {
        List<String> entities =
                rows.stream().map(StoredEvent::aggregateIdentifier).distinct().toList();
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.sql(LAST_LINKS).param("entities", entityRows(entities)).query((java.sql.ResultSet rs) -> {
            if (rs.getString(2) != null) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        });
        return hashes;
    }

    /** The entities as the rows of {@link #LAST_LINKS}' {@code VALUES}: one single-column row each. */
    static List<Object[]> entityRows(List<String> entities) {
        return entities.stream().map(id -> new Object[] {id}).toList();
    }

    private Head readHead() {
        return jdbc.sql("SELECT chain_seq, chain_hash FROM event_chain ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Head(0, AuditBundle.GENESIS));
    }

    /** The last link of the chain: its sequence number and chain hash. */
    private record Head(long sequence, String chainHash) {}

    /** The events of one batch, collected as they are handled; linked before the batch commits. */
    private static final class Pending {
        private final List<EventMessage<?>> events = new ArrayList<>();
        private Head newHead;
    }
}
