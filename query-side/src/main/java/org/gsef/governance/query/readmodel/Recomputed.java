package org.gsef.governance.query.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.gsef.governance.platform.axon.TokenTable;
import org.gsef.governance.platform.axon.TokenTable.SegmentToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers computed from the record (the read models and the event store), kept until the record moves on: the event
 * store's head and the place of every processor's segment make the record's version, and an answer computed at one
 * version is given again, not computed again, while the version stays. What the dashboards ask many times a second
 * (the plans judged with their indicators, the member counts and growth) is then computed once per change, not once
 * per request. Concurrent askers of the same question wait for one computation. An answer computed while the record
 * moved is kept under the version read before it began, so the next question after the move computes it again.
 */
@Component
public class Recomputed {

    private static final int KEPT = 256;

    private final JdbcClient jdbc;
    private final TokenTable tokens;
    private final Map<Object, Answer> answers = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Answer> eldest) {
            return size() > KEPT;
        }
    };

    public Recomputed(JdbcClient jdbc, TokenTable tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    private static final class Answer {
        private Object version;
        private Object value;
    }

    /** The answer to {@code question} (any value with equals and hashCode) at the record's current version. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, Supplier<T> compute) {
        Object version = version();
        Answer answer;
        synchronized (answers) {
            answer = answers.computeIfAbsent(Objects.requireNonNull(question), q -> new Answer());
        }
        synchronized (answer) {
            if (!version.equals(answer.version)) {
                answer.value = compute.get();
                answer.version = version;
            }
            return (T) answer.value;
        }
    }

    /** The record's version: the event store's head and where each processor's segment stands. */
    public Object version() {
        List<Object> version = new ArrayList<>();
        version.add(jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single());
        List<String> places = new ArrayList<>();
        for (SegmentToken token : tokens.all()) {
            places.add(token.processor() + "/" + token.segment() + "@" + token.position());
        }
        places.sort(null);
        version.addAll(places);
        return version;
    }
}
