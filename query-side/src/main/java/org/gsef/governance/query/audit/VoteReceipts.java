package org.gsef.governance.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipts for the votes a seat's delegate cast: each vote's event, its position in the store, its link in the hash
 * chain and the first signed checkpoint that covers it. With a later audit bundle, the seat proves its vote was
 * recorded unchanged: the bundle holds the same event, entity hash and chain hash at the same position, under a
 * checkpoint signed by the published key.
 */
@Component
public class VoteReceipts {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public VoteReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param seat the seat the vote was for (a proxy's holder casts for another seat)
     * @param checkpointSeq the first signed checkpoint at or after the link; null until one is taken
     */
    public record Receipt(
            String ballotId,
            String eventType,
            String seat,
            String eventId,
            long position,
            OffsetDateTime recordedAt,
            Long chainSeq,
            String entityHash,
            String chainHash,
            Long checkpointSeq,
            String checkpointHash,
            String checkpointTakenAt) {}

    /** The receipts of the votes cast by {@code seat}'s delegate, oldest first. */
    public List<Receipt> castBy(String seat) {
        return jdbc.sql("""
                        SELECT a.entity_id AS ballot_id, a.event_type, a.content, a.event_id, a.global_index AS position,
                               a.occurred_at AS recorded_at, c.chain_seq, c.entity_hash, c.chain_hash,
                               k.chain_seq AS checkpoint_seq, k.chain_hash AS checkpoint_hash,
                               k.taken_at AS checkpoint_taken_at
                          FROM audit_trail a
                          LEFT JOIN event_chain c ON c.global_index = a.global_index
                          LEFT JOIN audit_checkpoint k ON k.chain_seq = (
                               SELECT MIN(k2.chain_seq) FROM audit_checkpoint k2 WHERE k2.chain_seq >= c.chain_seq)
                         WHERE a.actor_seat = :seat AND a.event_type IN ('VoteCast', 'VoteChanged')
                         ORDER BY a.global_index""")
                .param("seat", seat)
                .query((rs, n) -> new Receipt(
                        rs.getString("ballot_id"),
                        rs.getString("event_type"),
                        seatOf(rs.getString("content")),
                        rs.getString("event_id"),
                        rs.getLong("position"),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getObject("chain_seq", Long.class),
                        rs.getString("entity_hash"),
                        rs.getString("chain_hash"),
                        rs.getObject("checkpoint_seq", Long.class),
                        rs.getString("checkpoint_hash"),
                        rs.getString("checkpoint_taken_at")))
                .list();
    }

    private static String seatOf(String content) {
        try {
            return JSON.readTree(content).path("seat").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
