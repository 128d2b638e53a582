package org.gsef.governance.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.gsef.governance.platform.audit.EventIntegrity;

/** Rows of the event store as they are kept, and the hashes the chain is made of. */
final class StoredEvents {

    static final String COLUMNS =
            "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data";
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StoredEvents() {}

    record Row(
            long globalIndex,
            String eventIdentifier,
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            String timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
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

        /** The digest of everything the store keeps of the event. */
        String digest() {
            return sha256(String.join(
                    "\n",
                    eventIdentifier,
                    aggregateIdentifier,
                    Long.toString(sequenceNumber),
                    String.valueOf(type),
                    timestamp,
                    payloadType,
                    String.valueOf(payloadRevision),
                    Base64.getEncoder().encodeToString(payload),
                    metaData == null ? "" : Base64.getEncoder().encodeToString(metaData)));
        }

        EventIntegrity.StoredForm storedForm() {
            return new EventIntegrity.StoredForm(
                    eventIdentifier,
                    aggregateIdentifier,
                    sequenceNumber,
                    type,
                    timestamp,
                    payloadType,
                    payloadRevision,
                    payload,
                    metaDataMap());
        }

        Map<String, Object> metaDataMap() {
            if (metaData == null) {
                return Map.of();
            }
            try {
                return JSON.readValue(metaData, new TypeReference<Map<String, Object>>() {});
            } catch (IOException unreadable) {
                return Map.of();
            }
        }
    }

    /** The link of an event in its entity's chain. */
    static String entityHash(String previousEntityHash, Row row) {
        return sha256(previousEntityHash + row.digest());
    }

    /** The link of an event in the whole store's chain. */
    static String chainHash(String previousChainHash, long globalIndex, String entityHash) {
        return sha256(previousChainHash + globalIndex + entityHash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
