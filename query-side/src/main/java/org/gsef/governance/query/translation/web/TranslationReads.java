package org.gsef.governance.query.translation.web;

import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.query.translation.TranslationQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record's names and titles in one of GSEF's other languages, by record and field, for the pages to show in the
 * reader's language. A text not translated is absent: the pages then show the English, marked as such. Public, as the
 * names they translate are.
 */
@RestController
class TranslationReads {

    private final TranslationQueries translations;

    TranslationReads(TranslationQueries translations) {
        this.translations = translations;
    }

    /**
     * By language, record and field: {@code {"FRENCH": {"<record>": {"title": "..."}}, "SPANISH": {...}}}; one language
     * only when {@code language} is given.
     */
    @GetMapping({"/api/translations", "/api/public/translations"})
    Map<OfficialLanguage, Map<UUID, Map<String, String>>> translations(
            @RequestParam(required = false) OfficialLanguage language) {
        return translations.byLanguage(language);
    }
}
