package org.gsef.governance.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecisionWordsTest {

    @Test
    void the_pdf_says_the_same_things_in_english_french_and_spanish() throws Exception {
        JsonNode words;
        try (InputStream in = DecisionPdf.class.getResourceAsStream("/audit/decision-words.json")) {
            words = JsonMapper.builder().build().readTree(in);
        }
        List<String> english = names(words.get("en"));
        assertThat(english)
                .contains("decision.votes", "count.tally", "evname.VoteCast", "enum.PASSED", "pdf.howToCheck");
        assertThat(names(words.get("fr"))).isEqualTo(english);
        assertThat(names(words.get("es"))).isEqualTo(english);
        assertThat(words.get("fr").get("decision.votes").asText()).isEqualTo("Chaque vote et chaque changement");
    }

    @Test
    void a_language_it_does_not_speak_is_answered_in_english() {
        assertThat(DecisionPdf.language(Locale.FRENCH)).isEqualTo("fr");
        assertThat(DecisionPdf.language(Locale.forLanguageTag("es-MX"))).isEqualTo("es");
        assertThat(DecisionPdf.language(Locale.GERMAN)).isEqualTo("en");
        assertThat(DecisionPdf.language(null)).isEqualTo("en");
    }

    @Test
    void text_from_the_record_cannot_become_markup() {
        assertThat(DecisionPdf.escape("<b>A & B</b>\u0007")).isEqualTo("&lt;b&gt;A &amp; B&lt;/b&gt;");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
