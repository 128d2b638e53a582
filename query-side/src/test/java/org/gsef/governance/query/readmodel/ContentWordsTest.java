package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a search by words finds in an event's content, and what it does not. */
class ContentWordsTest {

    @Test
    void the_texts_and_numbers_at_any_depth_are_words_lower_cased_one_value_a_line() {
        String words = ContentWords.of("""
                {"organisation": {"name": "Red de Economía Social", "city": "Puebla"},
                 "seats": ["ripess", "seoul-city"], "quorum": 7, "share": 0.5, "secret": true, "contact": null}""");

        assertThat(words).isEqualTo("red de economía social\npuebla\nripess\nseoul-city\n7\n0.5");
    }

    @Test
    void field_names_identifiers_instants_and_ciphertexts_are_not_words() {
        String words = ContentWords.of("""
                {"applicationId": "c24829a9-803f-4738-8f2b-4a2d92536c99",
                 "reason": "the statutes are missing",
                 "name": "Network C24829A9-803F-4738-8F2B-4A2D92536C99 of Puebla",
                 "returnedAt": "2026-12-04T10:29:01.170621415Z",
                 "heldAt": "2019-10-01T09:00+02:00",
                 "contact": {"subjectId": "0d9b3f8e-1c55-4e0b-8a64-2f7b9c1d3e5a", "ciphertext": "QUJDREVGR0hJSktMTU5PUA=="},
                 "on": "2019-10-01"}""");

        assertThat(words).isEqualTo("the statutes are missing\nnetwork   of puebla\n2019-10-01");
        assertThat(words).doesNotContain("applicationid", "c24829a9", "2026-12-04", "t10:29", "qujd", "contact");
    }

    @Test
    void a_search_pattern_matches_the_words_whatever_the_case_and_a_wildcard_is_taken_literally() {
        String words = ContentWords.of("{\"title\": \"Admission of LIVERPOOL City Region\", \"note\": \"50% done\"}");

        assertThat(TitleSearch.pattern("liverpool CITY")).isEqualTo("%liverpool city%");
        assertThat(TitleSearch.pattern("50% done")).isEqualTo("%50\\% done%");
        assertThat(words).contains("liverpool city").contains("50% done");
    }

    @Test
    void a_content_that_is_not_json_is_searched_as_it_is() {
        assertThat(ContentWords.of("Not JSON: {")).isEqualTo("not json: {");
        assertThat(ContentWords.of("")).isEmpty();
    }
}
