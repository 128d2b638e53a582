package org.gsef.governance.query.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.sources.SourceVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facts the record's sources disagree on, as people read them: "sources disagree" until one is held. */
@Component
public class Disagreements {

    private final JdbcClient jdbc;

    public Disagreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A fact in several versions.
     *
     * @param status {@code SOURCES_DISAGREE}, or {@code RESOLVED} once the Secretariat recorded which version holds
     * @param holds the number of the version that holds, from 1; null while the sources disagree
     * @param subjects the records the fact belongs to
     */
    public record Disagreement(
            UUID disagreementId,
            String question,
            String status,
            List<SourceVersion> versions,
            Integer holds,
            SourceVersion held,
            String reason,
            List<UUID> subjects,
            Instant recordedAt,
            Instant resolvedAt) {

        /** The disagreement without the Secretariat's reason, for anyone to read. */
        public Disagreement withoutReason() {
            return new Disagreement(
                    disagreementId, question, status, versions, holds, held, null, subjects, recordedAt, resolvedAt);
        }
    }

    /** Every disagreement, those still open first; or only those about one record. */
    public List<Disagreement> list(UUID subject) {
        Map<UUID, List<UUID>> subjects = new LinkedHashMap<>();
        jdbc.sql("SELECT disagreement_id, subject_id FROM source_disagreement_subject_view ORDER BY subject_id")
                .query((rs, row) -> subjects.computeIfAbsent(
                                rs.getObject("disagreement_id", UUID.class), id -> new ArrayList<>())
                        .add(rs.getObject("subject_id", UUID.class)))
                .list();
        return jdbc
                .sql("SELECT * FROM source_disagreement_view"
                        + " ORDER BY CASE WHEN holds IS NULL THEN 0 ELSE 1 END, recorded_at, question")
                .query((rs, row) -> {
                    UUID id = rs.getObject("disagreement_id", UUID.class);
                    List<SourceVersion> versions = versions(rs.getString("versions"));
                    Integer holds = (Integer) rs.getObject("holds", Integer.class);
                    OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
                    return new Disagreement(
                            id,
                            rs.getString("question"),
                            holds == null ? "SOURCES_DISAGREE" : "RESOLVED",
                            versions,
                            holds,
                            holds == null ? null : versions.get(holds - 1),
                            rs.getString("reason"),
                            subjects.getOrDefault(id, List.of()),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                            resolvedAt == null ? null : resolvedAt.toInstant());
                })
                .list()
                .stream()
                .filter(disagreement ->
                        subject == null || disagreement.subjects().contains(subject))
                .toList();
    }

    private static List<SourceVersion> versions(String json) {
        try {
            return Arrays.asList(SourceProjection.JSON.readValue(json, SourceVersion[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable versions of a disagreement", e);
        }
    }
}
