package org.gsef.governance.platform.axon;

import static org.gsef.governance.platform.axon.AxonPersistenceConfiguration.TOKEN_SCHEMA;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the shared token store holds for every processor and segment, across every process of a deployment, read and
 * (for a promotion) moved in the one place that knows its table ({@link AxonPersistenceConfiguration#TOKEN_SCHEMA}).
 *
 * <p>Axon 4's {@code TokenStore} serves a token only to the node that claims its segment, and stores one only for
 * the node holding the claim: monitoring must read every segment without taking claims from the processes working
 * on them, and a promotion must move every segment, claimed or not, in the transaction that replaces the tables. The
 * processors themselves use the {@code TokenStore} API ({@code JdbcTokenStore}) only.
 */
@Component
public class TokenTable {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    public TokenTable(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * @param position the position the segment has reached; null before it handled anything
     * @param claimed whether some process holds the segment's claim
     */
    public record SegmentToken(String processor, int segment, Long position, boolean claimed) {}

    /** Every segment of every processor. */
    public List<SegmentToken> all() {
        return jdbc.sql("SELECT %s, %s, %s, %s, %s FROM %s"
                        .formatted(
                                TOKEN_SCHEMA.processorNameColumn(),
                                TOKEN_SCHEMA.segmentColumn(),
                                TOKEN_SCHEMA.tokenColumn(),
                                TOKEN_SCHEMA.tokenTypeColumn(),
                                TOKEN_SCHEMA.ownerColum(),
                                TOKEN_SCHEMA.tokenTable()))
                .query((rs, n) -> new SegmentToken(
                        rs.getString(1),
                        rs.getInt(2),
                        position(rs.getBytes(3), rs.getString(4)),
                        rs.getString(5) != null))
                .list();
    }

    /** Locks the processor's segments until the end of the current transaction. */
    public void lock(String processor) {
        jdbc.sql("SELECT %s FROM %s WHERE %s = :processor FOR UPDATE"
                        .formatted(
                                TOKEN_SCHEMA.segmentColumn(),
                                TOKEN_SCHEMA.tokenTable(),
                                TOKEN_SCHEMA.processorNameColumn()))
                .param("processor", processor)
                .query(Integer.class)
                .list();
    }

    /**
     * Points every segment of the processor at the serialized token (creating {@code segments} of them when it has
     * none yet) and frees their claims, so that any process goes on from there.
     */
    public void pointAll(String processor, String token, String tokenType, int segments, Instant at) {
        byte[] bytes = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        String stamp = DateTimeUtils.formatInstant(at);
        int updated = jdbc.sql("UPDATE %s SET %s = :token, %s = :type, %s = NULL, %s = :at WHERE %s = :processor"
                        .formatted(
                                TOKEN_SCHEMA.tokenTable(),
                                TOKEN_SCHEMA.tokenColumn(),
                                TOKEN_SCHEMA.tokenTypeColumn(),
                                TOKEN_SCHEMA.ownerColum(),
                                TOKEN_SCHEMA.timestampColumn(),
                                TOKEN_SCHEMA.processorNameColumn()))
                .param("token", bytes, Types.VARBINARY)
                .param("type", tokenType)
                .param("at", stamp)
                .param("processor", processor)
                .update();
        if (updated > 0) {
            return;
        }
        for (int segment = 0; segment < segments; segment++) {
            jdbc.sql("INSERT INTO %s (%s, %s, %s, %s, %s) VALUES (:processor, :segment, :token, :type, :at)"
                            .formatted(
                                    TOKEN_SCHEMA.tokenTable(),
                                    TOKEN_SCHEMA.processorNameColumn(),
                                    TOKEN_SCHEMA.segmentColumn(),
                                    TOKEN_SCHEMA.tokenColumn(),
                                    TOKEN_SCHEMA.tokenTypeColumn(),
                                    TOKEN_SCHEMA.timestampColumn()))
                    .param("processor", processor)
                    .param("segment", segment)
                    .param("token", bytes, Types.VARBINARY)
                    .param("type", tokenType)
                    .param("at", stamp)
                    .update();
        }
    }

    private Long position(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking.position().isPresent() ? tracking.position().getAsLong() : null;
    }
}
