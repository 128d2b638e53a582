package org.gsef.governance.query.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementRecorded;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementResolved;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the list of facts the sources disagree on, each with its versions and, once recorded, the one that holds. */
@Component
@ProcessingGroup(SourceProjection.PROCESSOR)
public class SourceProjection {

    public static final String PROCESSOR = "sources";

    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public SourceProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SourceDisagreementRecorded event) throws JsonProcessingException {
        int updated = jdbc.sql("UPDATE source_disagreement_view SET question = :question WHERE disagreement_id = :id")
                .param("question", event.question())
                .param("id", event.disagreementId())
                .update();
        if (updated > 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO source_disagreement_view (disagreement_id, question, versions, recorded_at)
                        VALUES (:id, :question, :versions, :at)""")
                .param("id", event.disagreementId())
                .param("question", event.question())
                .param("versions", JSON.writeValueAsString(event.versions()))
                .param("at", Rows.timestamp(event.at()))
                .update();
        for (var subject : event.subjects().stream().distinct().toList()) {
            jdbc.sql(
                            "INSERT INTO source_disagreement_subject_view (disagreement_id, subject_id) VALUES (:id, :subject)")
                    .param("id", event.disagreementId())
                    .param("subject", subject)
                    .update();
        }
    }

    @EventHandler
    void on(SourceDisagreementResolved event) {
        jdbc.sql("""
                        UPDATE source_disagreement_view SET holds = :holds, reason = :reason, resolved_at = :at
                         WHERE disagreement_id = :id""")
                .param("holds", event.holds())
                .param("reason", event.reason())
                .param("at", Rows.timestamp(event.at()))
                .param("id", event.disagreementId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM source_disagreement_subject_view").update();
        jdbc.sql("DELETE FROM source_disagreement_view").update();
    }
}
