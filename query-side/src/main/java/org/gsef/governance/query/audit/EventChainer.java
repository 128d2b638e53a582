package org.gsef.governance.query.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chains every stored event by hash, in the order the event store delivers them: per entity (each link covers the
 * entity's previous link and the event as stored) and across the whole store. One segment, so the chain has one
 * writer however many query-side processes run; its token and its links are written in one transaction.
 */
@Component
@ProcessingGroup(EventChainer.PROCESSOR)
public class EventChainer {

    public static final String PROCESSOR = "audit-chain";

    private final JdbcClient jdbc;
    private final Clock clock;

    public EventChainer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        var row = jdbc.sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry WHERE event_identifier = :id")
                .param("id", event.getIdentifier())
                .query((rs, n) -> StoredEvents.of(rs))
                .optional();
        if (row.isEmpty() || isChained(event.getIdentifier())) {
            return;
        }
        StoredEvent stored = row.get();
        String previousEntity = jdbc.sql("SELECT entity_hash FROM event_chain WHERE aggregate_identifier = :aggregate"
                        + " ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .param("aggregate", stored.aggregateIdentifier())
                .query(String.class)
                .optional()
                .orElse(AuditBundle.GENESIS);
        var last = jdbc.sql(
                        "SELECT chain_seq, chain_hash FROM event_chain ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long sequence = last.map(link -> (Long) link[0] + 1).orElse(1L);
        String previousChain = last.map(link -> (String) link[1]).orElse(AuditBundle.GENESIS);
        String entityHash = AuditBundle.entityHash(previousEntity, stored);
        jdbc.sql("""
                        INSERT INTO event_chain (chain_seq, global_index, event_identifier, aggregate_identifier,
                                                 entity_hash, chain_hash, chained_at)
                        VALUES (:seq, :index, :id, :aggregate, :entity, :chain, :at)""")
                .param("seq", sequence)
                .param("index", stored.globalIndex())
                .param("id", stored.eventIdentifier())
                .param("aggregate", stored.aggregateIdentifier())
                .param("entity", entityHash)
                .param("chain", AuditBundle.chainHash(previousChain, stored.globalIndex(), entityHash))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The chain is not a read model: a replay must not rebuild it from events that may have changed since. */
    @ResetHandler
    void reset() {
        throw new IllegalStateException("the audit chain is never reset");
    }

    private boolean isChained(String eventIdentifier) {
        return jdbc.sql("SELECT count(*) FROM event_chain WHERE event_identifier = :id")
                        .param("id", eventIdentifier)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
