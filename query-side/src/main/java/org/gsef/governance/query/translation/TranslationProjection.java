package org.gsef.governance.query.translation;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.translation.TranslationEvent.TranslationsRecorded;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the French and Spanish of the record's texts, the latest of each. */
@Component
@ProcessingGroup(TranslationProjection.PROCESSOR)
public class TranslationProjection {

    public static final String PROCESSOR = "translations";

    private final JdbcClient jdbc;

    public TranslationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TranslationsRecorded event) {
        event.fields()
                .forEach((field, texts) -> texts.forEach((language, text) -> Rows.upsert(
                        jdbc,
                        "UPDATE translation_view SET text = :text"
                                + " WHERE subject_id = :subject AND field = :field AND language = :language",
                        "INSERT INTO translation_view (subject_id, field, language, text)"
                                + " VALUES (:subject, :field, :language, :text)",
                        Map.of(
                                "subject",
                                event.subjectId(),
                                "field",
                                field,
                                "language",
                                language.name(),
                                "text",
                                text))));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM translation_view").update();
    }
}
