package org.gsef.governance.query.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationTemplatesTest {

    private final NotificationTemplates templates = new NotificationTemplates();

    private static final Map<String, Object> PARAMS = Map.of(
            "title", "Admission of <b>Rabat</b> & co",
            "closesAt", "2030-01-01T12:00:00Z",
            "outcome", "PASSED",
            "stage", "ADMITTED",
            "organisation", "Ville de Rabat",
            "reason", "withdrawn",
            "yes", 7,
            "no", 1,
            "abstain", 0,
            "items", List.of("Venue agreed (2019-05-01)"));

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void every_kind_reads_in_every_language_with_no_placeholder_left_and_its_link(NotificationKind kind) {
        for (OfficialLanguage language : OfficialLanguage.values()) {
            NotificationTemplates.Rendered rendered =
                    templates.render(kind, language, PARAMS, "https://example.org/admissions#ballot-1", "ripess");
            assertThat(rendered.subject())
                    .as(kind + " " + language)
                    .isNotBlank()
                    .doesNotContain("{{");
            assertThat(rendered.text()).doesNotContain("{{").contains("https://example.org/admissions#ballot-1");
            assertThat(rendered.html())
                    .contains("lang=\"" + language.locale().getLanguage() + "\"")
                    .contains("href=\"https://example.org/admissions#ballot-1\"")
                    .doesNotContain("<b>Rabat</b>");
        }
    }

    @Test
    void the_same_notification_differs_by_language_dates_outcomes_and_admission_titles_included() {
        Map<String, Object> closed = Map.of(
                "title",
                "Admission of Ville de Rabat",
                "admissionOf",
                "Ville de Rabat",
                "outcome",
                "NO_QUORUM",
                "yes",
                2,
                "no",
                0,
                "abstain",
                1);
        String en = templates
                .render(NotificationKind.BALLOT_CLOSED, OfficialLanguage.ENGLISH, closed, "l", "x")
                .subject();
        String fr = templates
                .render(NotificationKind.BALLOT_CLOSED, OfficialLanguage.FRENCH, closed, "l", "x")
                .subject();
        String es = templates
                .render(NotificationKind.BALLOT_CLOSED, OfficialLanguage.SPANISH, closed, "l", "x")
                .subject();
        assertThat(en).isEqualTo("Ballot closed: Admission of Ville de Rabat (no quorum)");
        assertThat(fr).isEqualTo("Scrutin clos : Adhésion de Ville de Rabat (quorum non atteint)");
        assertThat(es).isEqualTo("Votación cerrada: Admisión de Ville de Rabat (sin quórum)");
        String opened = templates
                .render(
                        NotificationKind.BALLOT_OPENED,
                        OfficialLanguage.FRENCH,
                        Map.of("title", "t", "closesAt", "2030-01-01T12:00:00Z"),
                        "l",
                        "x")
                .text();
        assertThat(opened).contains("1 janvier 2030");
    }
}
