package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's 2019 in real headless Chromium, as of the end of 2019 and as of today, in English, French and Spanish:
 * the figures the record gives, the contradictions of the sources, and charts whose every text lies inside the chart,
 * at a legible size, within its card, with an axis title on every bar chart. Screenshots of each language land in
 * ops/launcher/target/screenshots.
 */
@SingleNodeOnPostgres(properties = {"gsef.demo-data=true", "gsef.demo-accounts=true"})
class Record2019PagesIT {

    /** The smallest height, in CSS pixels, at which a chart's text is drawn. */
    static final double LEGIBLE = 9.5;

    /**
     * What is wrong with the page's charts: text outside its chart (cut off), text too small once scaled, labels on one
     * line overlapping, a chart wider than its card, a bar chart without an axis title. Empty when nothing is.
     */
    static final String CHART_PROBLEMS = """
            const problems = [];
            document.querySelectorAll('svg.chart').forEach((svg, index) => {
              const name = svg.getAttribute('aria-label') || ('chart ' + index);
              const box = svg.viewBox.baseVal;
              const card = svg.closest('.card, td');
              const rect = svg.getBoundingClientRect();
              if (card && rect.right > card.getBoundingClientRect().right + 1) problems.push(name + ': wider than its card');
              const texts = Array.from(svg.querySelectorAll('text'));
              texts.forEach(text => {
                const r = text.getBoundingClientRect();
                if (r.left < rect.left - 1 || r.right > rect.right + 1 || r.top < rect.top - 1 || r.bottom > rect.bottom + 1) {
                  problems.push(name + ': "' + text.textContent + '" is cut off');
                }
                const size = parseFloat(getComputedStyle(text).fontSize) * rect.width / box.width;
                if (size < %s) problems.push(name + ': "' + text.textContent + '" is ' + size.toFixed(1) + 'px high');
              });
              const labels = texts.filter(t => t.classList.contains('label') && !t.getAttribute('transform'))
                .map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
              for (let i = 1; i < labels.length; i++) {
                const a = labels[i - 1], b = labels[i];
                if (Math.abs(a.top - b.top) < 2 && a.right > b.left + 0.5) problems.push(name + ': labels overlap');
              }
              if (svg.querySelector('rect.bar') && svg.querySelector('text.label') && !svg.querySelector('text.axis')) {
                problems.push(name + ': no axis title');
              }
            });
            return problems;
            """.formatted(LEGIBLE);

    @LocalServerPort
    int port;

    @Test
    void the_2019_record_reads_as_of_its_end_and_today_in_three_languages_with_legible_charts() throws Exception {
        Map<String, String> members =
                Map.of("en", "50 active members", "fr", "50 membres actifs", "es", "50 miembros activos");
        Map<String, String> disagree =
                Map.of("en", "Sources disagree", "fr", "Les sources divergent", "es", "Las fuentes discrepan");
        Map<String, String> missed = Map.of("en", "Missed", "fr", "Manqué", "es", "No alcanzado");
        Map<String, String> indicator =
                Map.of("en", "Members of the network", "fr", "Membres du réseau", "es", "Miembros de la red");
        Map<String, String> activity = Map.of(
                "en", "Europe Policy Dialogue", "fr", "Dialogue politique Europe", "es", "Diálogo político de Europa");
        Map<String, List<String>> ballots = Map.of(
                "en",
                List.of(
                        "Admission of Liverpool City Region",
                        "Approval of the minutes of the Steering Committee conference call, 1st quarter"),
                "fr",
                List.of(
                        "Adhésion de Liverpool City Region",
                        "Approbation du procès-verbal : Conférence téléphonique du Comité de pilotage, 1er trimestre"),
                "es",
                List.of(
                        "Admisión de Liverpool City Region",
                        "Aprobación del acta: Conferencia telefónica del Comité Directivo, 1.er trimestre"));
        String untranslated = "Regional workshop added after the seed";
        Governance.expect(
                201,
                new org.gsef.governance.platform.testing.Api(port)
                        .as("secretariat")
                        .post("/api/activities", """
                                {"kind": "TRAINING", "title": "%s", "location": "Dakar, Senegal", "partners": [],
                                 "dates": {"from": "2019-12-10", "to": "2019-12-11", "monthOnly": false,
                                           "toBeConfirmed": false}}""".formatted(untranslated)));
        try (Browser browser = Browser.signedIn(port, "auditor")) {
            for (String language : List.of("en", "fr", "es")) {
                browser.chooseLanguage(language);
                browser.open("/?asOf=2019-12-31");
                browser.await(d -> d.findElement(By.cssSelector("[data-testid=active-members]"))
                                .getText()
                                .equals(members.get(language))
                        ? true
                        : null);
                assertThat(text(browser, "[data-testid=judged-on]")).contains("2019");
                assertThat(text(browser, "#objectives-glance")).contains(missed.get(language));
                assertThat(texts(browser, "#members svg.chart:nth-of-type(2) text.value"))
                        .as("49 members from January, Liverpool City Region from April")
                        .containsExactly("49", "49", "49", "50", "50", "50", "50", "50", "50", "50", "50", "50");
                assertThat(problems(browser))
                        .as("overview charts in " + language)
                        .isEmpty();
                assertThat(browser.screenshot("record-2019-overview-" + language))
                        .exists();

                browser.open("/objectives?asOf=2019-12-31");
                assertThat(text(browser, "#plans")).contains(indicator.get(language));
                assertThat(text(browser, "#program")).contains(activity.get(language));
                assertThat(texts(browser, "#plans .fallback"))
                        .as("every name of the plan is written in " + language)
                        .isEmpty();
                List<String> fallbacks = texts(browser, "#program .fallback");
                if (language.equals("en")) {
                    assertThat(fallbacks).isEmpty();
                } else {
                    assertThat(fallbacks)
                            .as("an activity without a translation shows in English, marked")
                            .containsExactly(untranslated);
                }
                assertThat(text(browser, "#sources")).contains(disagree.get(language), "Medellín", "Mexico City");
                assertThat(text(browser, "#program")).contains(disagree.get(language));
                assertThat(problems(browser))
                        .as("objectives charts in " + language)
                        .isEmpty();
                assertThat(browser.screenshot("record-2019-objectives-" + language))
                        .exists();
                assertThat(browser.accessibilityViolations())
                        .as("objectives as of 2019 in " + language)
                        .isEmpty();

                browser.open("/committee");
                assertThat(text(browser, "#decisions"))
                        .as("ballot titles generated from their subjects in the reader's language")
                        .contains(ballots.get(language));
                assertThat(text(browser, "#meetings")).contains(disagree.get(language));
                if (language.equals("en")) {
                    assertThat(text(browser, "#decisions"))
                            .as("the day the admission took effect")
                            .contains("Apr 25, 2019");
                }
                browser.screenshot("record-2019-committee-" + language);
            }
            browser.chooseLanguage("en");
            browser.open("/");
            assertThat(text(browser, "[data-testid=active-members]")).isEqualTo("50 active members");
            assertThat(text(browser, "[data-testid=judged-on]"))
                    .as("today, the 2019 plan is judged on its last day")
                    .contains("The 2019 plan is over", "Dec 31, 2019");
            browser.resize(390, 844);
            browser.open("/?asOf=2019-06-30");
            assertThat(problems(browser)).as("overview charts on a phone").isEmpty();
            browser.screenshot("record-2019-overview-phone-en");
        }
    }

    /** The element's text once it is there, read again when the page re-renders it meanwhile. */
    private static String text(Browser browser, String css) {
        return browser.await(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** The texts of the elements, read again when the page re-renders them meanwhile. */
    private static List<String> texts(Browser browser, String css) {
        return browser.await(d -> {
            List<String> found = new ArrayList<>();
            d.findElements(By.cssSelector(css)).forEach(element -> found.add(element.getAttribute("textContent")));
            return found;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Browser browser) {
        return (List<String>) browser.script(CHART_PROBLEMS);
    }
}
