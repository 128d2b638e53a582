package org.gsef.governance.query.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.gsef.governance.platform.axon.TokenTable;
import org.gsef.governance.platform.axon.TokenTable.SegmentToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers computed from the record (read models, and the event store for history), kept until what they read moves
 * on: the place of each segment of the processors whose read models an answer reads, and the event store's head for
 * one that reads the history, make its version; an answer computed at one version is given again, not computed
 * again, while the version stays. What the dashboards ask many times a second
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

    /**
     * The answer to {@code question} (any value with equals and hashCode) at the current version of what it reads: the
     * read models of the named processors, and the event store (which any new event moves on) when {@code
     * fromTheStore}, for answers that read the record's history as well.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, boolean fromTheStore, Set<String> processors, Supplier<T> compute) {
        Object version = version(fromTheStore, processors);
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

    /** The version of what an answer reads: the event store's head, and where each named processor's segment stands. */
    private Object version(boolean fromTheStore, Set<String> processors) {
        List<Object> version = new ArrayList<>();
        if (fromTheStore) {
            version.add(jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                    .query(Long.class)
                    .single());
        }
        List<String> places = new ArrayList<>();
        for (SegmentToken token : tokens.all()) {
            if (processors.contains(token.processor())) {
                places.add(token.processor() + "/" + token.segment() + "@" + token.position());
            }
        }
        places.sort(null);
        version.addAll(places);
        return version;
    }
}
