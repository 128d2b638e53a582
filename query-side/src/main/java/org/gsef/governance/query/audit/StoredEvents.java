package org.gsef.governance.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.audit.EventIntegrity;

/** Rows of the event store as they are kept; the hashes of the chain are {@link org.gsef.governance.platform.audit.AuditBundle}'s. */
final class StoredEvents {

    static final String COLUMNS =
            "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StoredEvents() {}

    static StoredEvent of(ResultSet rs) throws SQLException {
        return new StoredEvent(
                rs.getLong("global_index"),
                rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"),
                rs.getString("type"),
                rs.getString("time_stamp"),
                rs.getString("payload_type"),
                rs.getString("payload_revision"),
                rs.getBytes("payload"),
                rs.getBytes("meta_data"));
    }

    static EventIntegrity.StoredForm storedForm(StoredEvent event) {
        return new EventIntegrity.StoredForm(
                event.eventIdentifier(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.type(),
                event.timestamp(),
                event.payloadType(),
                event.payloadRevision(),
                event.payload(),
                metaData(event));
    }

    static Map<String, Object> metaData(StoredEvent event) {
        if (event.metaData() == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(event.metaData(), new TypeReference<Map<String, Object>>() {});
        } catch (IOException unreadable) {
            return Map.of();
        }
    }
}
