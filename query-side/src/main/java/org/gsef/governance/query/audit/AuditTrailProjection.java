package org.gsef.governance.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.forum.ForumEvent;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the audit trail: every event at its position in the store, with its entity (and the part of it concerned, a
 * milestone of a roadmap), type, content as JSON, and the
 * acting user, their roles and seat, the organisation they act for, the correlation and causation ids and the command
 * that caused it. Personal data stays sealed in the content. Replay-safe: an event already on the trail is skipped.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSOR)
public class AuditTrailProjection {

    public static final String PROCESSOR = "audit-trail";

    private static final ObjectMapper JSON = AxonPersistenceConfiguration.axonObjectMapper();

    private final JdbcClient jdbc;

    public AuditTrailProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The position is read from the store: a tracking token's position is the furthest the processor has seen, which
     * for an event filling a gap (committed after events with later positions) is not the event's own. One statement:
     * it reads the position, skips an event already on the trail, and inserts the row (a rebuild is bound by round
     * trips to the database, not by work).
     */
    @EventHandler
    void on(EventMessage<?> event) throws JsonProcessingException {
        Map<String, Object> meta = event.getMetaData();
        boolean domain = event instanceof DomainEventMessage<?>;
        jdbc.sql("""
                        INSERT INTO audit_trail (global_index, event_id, occurred_at, entity_id, entity_type,
                               entity_version, entity_part, event_type, content, actor_id, actor_roles, actor_seat, on_behalf_of,
                               correlation_id, causation_id, command_name, command_id, import_source)
                        SELECT e.global_index, :eventId, :occurredAt, :entityId, :entityType, :entityVersion, :part,
                               :eventType, :content, :actorId, :actorRoles, :actorSeat, :onBehalfOf, :correlationId,
                               :causationId, :commandName, :commandId, :importSource
                          FROM domain_event_entry e
                         WHERE e.event_identifier = :eventId
                           AND NOT EXISTS (SELECT 1 FROM audit_trail a WHERE a.global_index = e.global_index)""")
                .param("eventId", event.getIdentifier())
                .param("occurredAt", event.getTimestamp().atOffset(ZoneOffset.UTC))
                .param("entityId", domain ? ((DomainEventMessage<?>) event).getAggregateIdentifier() : null)
                .param("entityType", domain ? ((DomainEventMessage<?>) event).getType() : null)
                .param("entityVersion", domain ? ((DomainEventMessage<?>) event).getSequenceNumber() : null)
                .param(
                        "part",
                        event.getPayload() instanceof ForumEvent.MilestoneEvent milestone
                                ? milestone.milestone()
                                : null)
                .param("eventType", event.getPayloadType().getSimpleName())
                .param("content", JSON.writeValueAsString(event.getPayload()))
                .param("actorId", text(meta, ActorMetaData.USER_ID))
                .param("actorRoles", text(meta, ActorMetaData.ROLES))
                .param("actorSeat", text(meta, ActorMetaData.SEAT))
                .param("onBehalfOf", text(meta, ActorMetaData.ORGANISATION))
                .param("correlationId", text(meta, ActorMetaData.CORRELATION_ID))
                .param("causationId", text(meta, ActorMetaData.CAUSATION_ID))
                .param("commandName", text(meta, ActorMetaData.COMMAND_NAME))
                .param("commandId", text(meta, ActorMetaData.COMMAND_ID))
                .param("importSource", text(meta, ActorMetaData.IMPORT_SOURCE))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM audit_trail").update();
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
