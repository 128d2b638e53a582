package org.gsef.governance.query.translation;

import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.translation.TranslationEvent.TranslationsRecorded;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the French and Spanish of the record's texts, the latest of each. */
@Component
@ProcessingGroup(TranslationProjection.PROCESSOR)
public class TranslationProjection implements Folding {

    public static final String PROCESSOR = "translations";
    static final FoldTable TRANSLATIONS = FoldTable.of("translation_view", "subject_id", "field", "language");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, TranslationProjection::new, TRANSLATIONS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public TranslationProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(TranslationsRecorded event) {
        FoldBatch batch = fold.batch();
        event.fields()
                .forEach((field, texts) -> texts.forEach(
                        (language, text) -> batch.row(TRANSLATIONS, event.subjectId(), field, language.name())
                                .set("text", text)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM translation_view").update();
    }
}
