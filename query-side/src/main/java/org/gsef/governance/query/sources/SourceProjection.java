package org.gsef.governance.query.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementRecorded;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementResolved;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the list of facts the sources disagree on, each with its versions and, once recorded, the one that holds. */
@Component
@ProcessingGroup(SourceProjection.PROCESSOR)
public class SourceProjection implements Folding {

    public static final String PROCESSOR = "sources";
    static final FoldTable DISAGREEMENTS = FoldTable.of("source_disagreement_view", "disagreement_id");
    static final FoldTable SUBJECTS = FoldTable.of("source_disagreement_subject_view", "disagreement_id", "subject_id");

    static final ObjectMapper JSON = new ObjectMapper();

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, SourceProjection::new, DISAGREEMENTS, SUBJECTS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public SourceProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    /** Recorded once: a second handling only restates the question. */
    @EventHandler
    void on(SourceDisagreementRecorded event) throws JsonProcessingException {
        FoldBatch batch = fold.batch();
        if (batch.find(DISAGREEMENTS, event.disagreementId()).isPresent()) {
            batch.row(DISAGREEMENTS, event.disagreementId()).set("question", event.question());
            return;
        }
        batch.row(DISAGREEMENTS, event.disagreementId())
                .set("question", event.question())
                .set("versions", JSON.writeValueAsString(event.versions()))
                .set("recorded_at", Rows.timestamp(event.at()));
        for (var subject : event.subjects().stream().distinct().toList()) {
            batch.row(SUBJECTS, event.disagreementId(), subject);
        }
    }

    @EventHandler
    void on(SourceDisagreementResolved event) {
        fold.batch()
                .find(DISAGREEMENTS, event.disagreementId())
                .ifPresent(row -> row.set("holds", event.holds())
                        .set("reason", event.reason())
                        .set("resolved_at", Rows.timestamp(event.at())));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM source_disagreement_subject_view").update();
        jdbc.sql("DELETE FROM source_disagreement_view").update();
    }
}
