package org.gsef.governance.kernel.translation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;

/** What happens to the translations of a record's texts. */
public sealed interface TranslationEvent {

    UUID subjectId();

    /** @param fields the texts recorded or changed, by field and language */
    record TranslationsRecorded(UUID subjectId, Map<String, Map<OfficialLanguage, String>> fields, Instant at)
            implements TranslationEvent {}
}
