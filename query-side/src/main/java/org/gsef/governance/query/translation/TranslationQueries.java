package org.gsef.governance.query.translation;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record's translated names and titles: the one place the translations' SQL lives. */
@Component
public class TranslationQueries {

    private final JdbcClient jdbc;

    public TranslationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By language, record and field; one language only when {@code language} is given. */
    public Map<OfficialLanguage, Map<UUID, Map<String, String>>> byLanguage(OfficialLanguage language) {
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

    /** The texts in one language, by record and field; none for English, the language the record is kept in. */
    public Map<UUID, Map<String, String>> in(OfficialLanguage language) {
        if (language == OfficialLanguage.ENGLISH) {
            return new HashMap<>();
        }
        return new HashMap<>(byLanguage(language).getOrDefault(language, Map.of()));
    }
}
