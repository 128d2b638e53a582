package org.gsef.governance.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.query.audit.AuditTrail.Entry;
import org.gsef.governance.query.audit.AuditTrail.Filter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A decision explained and made checkable: every event of the ballot, of its subject's dossier and of the ballot that
 * adopted the rule it was decided under, each with its place in the hash chain (entity and chain hashes) and the form
 * the event store keeps it in, plus the first signed checkpoint that covers them all and the public key. An outsider
 * recomputes each entity hash from the stored forms ({@link AuditBundle#entityHash}) and finds the chain hashes in any
 * later audit bundle, at the same positions.
 */
@Component
public class DecisionRecord {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MOST_EVENTS = 1000;

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;

    public DecisionRecord(AuditTrail trail, JdbcClient jdbc, AuditCheckpoints checkpoints, Clock clock) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** The event's link in the chain. */
    public record Link(long chainSeq, long globalIndex, String entityHash, String chainHash) {}

    /** An event as the trail shows it, its link (null while not chained yet) and its stored form. */
    public record Recorded(Entry event, Link link, StoredEvent stored) {}

    /**
     * @param ballot the ballot's events, in order
     * @param dossier the events of the ballot's subject (the application, the meeting...), in order
     * @param ruleOrigin the events of the ballot that adopted the standing rule in force; empty under the initial rules
     * @param coveredBy the first signed checkpoint at or after the last of these links; null if none is signed yet
     */
    public record Decision(
            String ballotId,
            Instant exportedAt,
            List<Recorded> ballot,
            List<Recorded> dossier,
            List<Recorded> ruleOrigin,
            Checkpoint coveredBy,
            String publicKey,
            String howToCheck) {}

    /** The decision on ballot {@code ballotId}; nothing if the store has no such ballot. */
    public Optional<Decision> of(String ballotId) {
        List<Recorded> ballot = recorded(ballotId);
        if (ballot.isEmpty() || !"Ballot".equals(ballot.getFirst().event().entityType())) {
            return Optional.empty();
        }
        JsonNode opened = content(ballot.getFirst().event());
        String subject = text(opened.path("subject").path("referenceId"));
        String ruleAdoptedBy = text(opened.path("ruleAdoptedBy"));
        List<Recorded> dossier = subject == null ? List.of() : recorded(subject);
        List<Recorded> ruleOrigin = ruleAdoptedBy == null ? List.of() : recorded(ruleAdoptedBy);
        long lastLink = 0;
        for (List<Recorded> events : List.of(ballot, dossier, ruleOrigin)) {
            for (Recorded event : events) {
                if (event.link() != null) {
                    lastLink = Math.max(lastLink, event.link().chainSeq());
                }
            }
        }
        Checkpoint coveredBy = checkpoints.between(lastLink, Long.MAX_VALUE).stream()
                .findFirst()
                .orElse(null);
        return Optional.of(new Decision(
                ballotId,
                clock.instant(),
                ballot,
                dossier,
                ruleOrigin,
                coveredBy,
                AuditBundle.pem(checkpoints.key().publicKey()),
                "Download the audit bundle (GET /api/audit/bundle) and the public key (GET /api/public/audit-key), run"
                        + " ops/verify-bundle BUNDLE.tsv --public-key audit-key.pem, then find each link's chainSeq,"
                        + " entityHash and chainHash in the bundle: the same values mean these events are recorded"
                        + " unchanged."));
    }

    private List<Recorded> recorded(String entityId) {
        List<Entry> events = trail.page(new Filter(null, null, entityId, null, null, null), 0, MOST_EVENTS);
        Map<Long, Link> links = jdbc
                .sql("SELECT chain_seq, global_index, entity_hash, chain_hash FROM event_chain"
                        + " WHERE aggregate_identifier = :entity")
                .param("entity", entityId)
                .query(Link.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Link::globalIndex, Function.identity()));
        Map<Long, StoredEvent> stored = jdbc
                .sql("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry"
                        + " WHERE aggregate_identifier = :entity")
                .param("entity", entityId)
                .query((rs, n) -> StoredEvents.of(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(StoredEvent::globalIndex, Function.identity()));
        List<Recorded> recorded = new ArrayList<>();
        for (Entry event : events) {
            recorded.add(new Recorded(event, links.get(event.position()), stored.get(event.position())));
        }
        return recorded;
    }

    private static JsonNode content(Entry event) {
        try {
            return JSON.readTree(event.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
