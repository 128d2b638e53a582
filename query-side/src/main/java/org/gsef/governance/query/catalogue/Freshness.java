package org.gsef.governance.query.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gsef.governance.platform.axon.TokenTable;
import org.gsef.governance.platform.axon.TokenTable.SegmentToken;
import org.gsef.governance.query.notifications.NotificationProcessor;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How fresh each read model is: the position its processor reached in the event stream (the lowest of its
 * segments, across every query-side process, as the token store has it), the head of the stream, and the lag between.
 */
@Component
public class Freshness {

    private final JdbcClient jdbc;
    private final TokenTable tokens;

    public Freshness(JdbcClient jdbc, TokenTable tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /**
     * @param position the position every segment has reached; null before the first event is handled
     * @param lag events appended since that position
     */
    public record Status(String readModel, int segments, Long position, long head, long lag, boolean caughtUp) {

        Status(String readModel, int segments, Long position, long head) {
            this(
                    readModel,
                    segments,
                    position,
                    head,
                    head - (position == null ? 0 : position),
                    position != null && position >= head);
        }
    }

    public List<Status> all() {
        long head = jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
        // The token table read once, not once a read model: every read of it deserializes every token.
        Map<String, List<Long>> byProcessor = new HashMap<>();
        for (SegmentToken token : tokens.all()) {
            byProcessor
                    .computeIfAbsent(token.processor(), processor -> new ArrayList<>())
                    .add(token.position());
        }
        List<Status> statuses = new ArrayList<>();
        for (ReadModel model : ReadModels.ALL) {
            List<Long> positions = byProcessor.getOrDefault(model.processor(), List.of());
            Long position = positions.isEmpty() || positions.contains(null)
                    ? null
                    : positions.stream().mapToLong(Long::longValue).min().orElseThrow();
            statuses.add(new Status(model.processor(), positions.size(), position, head));
        }
        return statuses;
    }

    /**
     * Where each segment of each read model's processor, and of the notifications processor, stands (-1 before its first event), in one read: it changes as
     * soon as any segment commits a batch, even while another segment, with nothing to do, has not stored its place.
     */
    public Map<String, Map<Integer, Long>> segmentPositions() {
        Map<String, Map<Integer, Long>> positions = new HashMap<>();
        ReadModels.ALL.forEach(model -> positions.put(model.processor(), new TreeMap<>()));
        // Not a read model, but the inboxes of open pages follow it.
        positions.put(NotificationProcessor.PROCESSOR, new TreeMap<>());
        for (SegmentToken token : tokens.all()) {
            Map<Integer, Long> segments = positions.get(token.processor());
            if (segments != null) {
                segments.put(token.segment(), token.position() == null ? -1 : token.position());
            }
        }
        return positions;
    }
}
