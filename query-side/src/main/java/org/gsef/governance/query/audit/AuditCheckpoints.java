package org.gsef.governance.query.audit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.security.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the hash chain's head: taken regularly, and before every export, with the checkpoint key
 * (RSA, its public half published at {@code /api/public/audit-key}). A checkpoint lets anyone holding the public key
 * check, without the database, that the chain they recompute is the one the system had at that time. Several
 * query-side processes may take the same checkpoint: the first one stored stands.
 */
@Component
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private static final String COLUMNS = "chain_seq, global_index, chain_hash, taken_at, signature";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SigningKey key;

    public AuditCheckpoints(JdbcClient jdbc, Clock clock, @Value("${gsef.audit.checkpoint-key-file}") Path keyFile) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = SigningKey.loadOrCreate(keyFile);
    }

    public SigningKey key() {
        return key;
    }

    @Scheduled(
            fixedDelayString = "${gsef.audit.checkpoint-interval}",
            initialDelayString = "${gsef.audit.checkpoint-interval}")
    void regularly() {
        take();
    }

    /** Takes a checkpoint of the chain's head, unless the latest one already covers it; returns the latest. */
    public Optional<Checkpoint> take() {
        var head = jdbc.sql("SELECT chain_seq, global_index, chain_hash FROM event_chain ORDER BY chain_seq DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                .optional();
        Optional<Checkpoint> latest = latest();
        if (head.isEmpty()
                || latest.map(c -> c.chainSeq() >= (Long) head.get()[0]).orElse(false)) {
            return latest;
        }
        long chainSeq = (Long) head.get()[0];
        long globalIndex = (Long) head.get()[1];
        String chainHash = (String) head.get()[2];
        String takenAt = clock.instant().toString();
        String signature =
                AuditBundle.sign(key.privateKey(), Checkpoint.statement(chainSeq, globalIndex, chainHash, takenAt));
        try {
            jdbc.sql("""
                            INSERT INTO audit_checkpoint (chain_seq, global_index, chain_hash, taken_at, key_fingerprint,
                                                          signature)
                            VALUES (:seq, :index, :hash, :at, :key, :signature)""")
                    .param("seq", chainSeq)
                    .param("index", globalIndex)
                    .param("hash", chainHash)
                    .param("at", takenAt)
                    .param("key", AuditBundle.fingerprint(key.publicKey()))
                    .param("signature", signature)
                    .update();
            log.info("audit checkpoint taken at link {} (event {}), chain head {}", chainSeq, globalIndex, chainHash);
        } catch (DuplicateKeyException anotherProcessTookIt) {
            log.debug("audit checkpoint of link {} already taken", chainSeq);
        }
        return latest();
    }

    public Optional<Checkpoint> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> checkpoint(rs))
                .optional();
    }

    /** The checkpoints of links {@code from} to {@code to}, in order. */
    public List<Checkpoint> between(long from, long to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint WHERE chain_seq BETWEEN :from AND :to"
                        + " ORDER BY chain_seq")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> checkpoint(rs))
                .list();
    }

    private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
