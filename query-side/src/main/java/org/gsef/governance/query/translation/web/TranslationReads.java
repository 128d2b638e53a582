package org.gsef.governance.query.translation.web;

import java.sql.Types;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    TranslationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * By language, record and field: {@code {"FRENCH": {"<record>": {"title": "..."}}, "SPANISH": {...}}}; one language
     * only when {@code language} is given.
     */
    @GetMapping({"/api/translations", "/api/public/translations"})
    Map<OfficialLanguage, Map<UUID, Map<String, String>>> translations(
            @RequestParam(required = false) OfficialLanguage language) {
        Map<OfficialLanguage, Map<UUID, Map<String, String>>> found = new TreeMap<>();
        jdbc.sql("SELECT subject_id, field, language, text FROM translation_view"
                        + " WHERE (CAST(:language AS VARCHAR(10)) IS NULL OR language = :language)")
                .param("language", language == null ? null : language.name(), Types.VARCHAR)
                .query((rs, row) -> found.computeIfAbsent(
                                OfficialLanguage.valueOf(rs.getString("language")), l -> new TreeMap<>())
                        .computeIfAbsent(rs.getObject("subject_id", UUID.class), id -> new TreeMap<>())
                        .put(rs.getString("field"), rs.getString("text")))
                .list();
        return found;
    }
}
