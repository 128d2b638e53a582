package org.gsef.governance.kernel.translation;

import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands that give a record's names and titles in GSEF's other official languages. */
public sealed interface TranslationCommand extends TargetsAggregate {

    UUID subjectId();

    /** The stream of a record's translations, apart from the record's own. */
    static String streamOf(UUID subjectId) {
        return "translations:" + subjectId;
    }

    @Override
    default String aggregateId() {
        return streamOf(subjectId());
    }

    /**
     * Records, for a record of the system (an activity, a meeting, a plan, a forum edition), the French and Spanish of
     * some of its texts, written by people (never translated by machine at run time). A field names the text: {@code
     * title} of an activity or a meeting; {@code direction:1}, {@code objective:1.1}, {@code indicator:members} of a
     * plan; {@code milestone:host-agreement} of a forum edition. Recording the same text again changes nothing.
     *
     * @param fields each field's text by language; English is the record's own text and is not given here
     */
    record RecordTranslations(UUID subjectId, Map<String, Map<OfficialLanguage, String>> fields)
            implements TranslationCommand {
        public RecordTranslations {
            Require.present(subjectId, "subjectId");
            Require.present(fields, "fields");
            if (fields.isEmpty() || fields.size() > 200) {
                throw new IllegalArgumentException("between one and two hundred fields are translated at once");
            }
            fields.forEach((field, texts) -> {
                Require.text(field, "field", 100);
                Require.present(texts, "fields." + field);
                texts.forEach((language, text) -> {
                    if (language == OfficialLanguage.ENGLISH) {
                        throw new IllegalArgumentException(
                                "English is the record's own text: translate into French and Spanish only");
                    }
                    Require.text(text, "fields." + field + "." + language, 1000);
                });
            });
            fields = Map.copyOf(fields);
        }
    }
}
