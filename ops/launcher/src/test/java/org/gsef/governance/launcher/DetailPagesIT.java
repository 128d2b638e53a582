package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Detail pages, the delegate's ballot page, the member directory and search (issue #18) in real headless Chromium
 * over the demo's 2019 record on PostgreSQL, in English, French and Spanish: a delegate follows "awaiting your vote" to
 * a ballot, reads the dossier, votes with a reason, changes its vote with one, and reads the tally against its quorum
 * and majority marks; a refusal shows in the page's language; the directory filters by region with join dates; search
 * finds Liverpool; tables sort and export CSV with formulas neutralised; and readers get nothing their role may not read.
 */
@SingleNodeOnPostgres
@ActiveProfiles("demo")
class DetailPagesIT {

    @LocalServerPort
    int port;

    /** What each language says on the ballot page. */
    record Words(String noNote, String quorum, String majority, String reasonForChange, String notForRole) {}

    static final Map<String, Words> WORDS = Map.of(
            "en",
            new Words(
                    "No note",
                    "Quorum mark",
                    "Majority mark",
                    "Say why the vote changes.",
                    "This page is not open to your role: the menu shows the pages that are."),
            "fr",
            new Words(
                    "Pas de note",
                    "Repère du quorum",
                    "Repère de la majorité",
                    "Indiquez pourquoi le vote change.",
                    "Cette page n’est pas ouverte à votre rôle : le menu montre celles qui le sont."),
            "es",
            new Words(
                    "Sin nota",
                    "Marca del quórum",
                    "Marca de la mayoría",
                    "Indique por qué cambia el voto.",
                    "Esta página no está abierta a su rol: el menú muestra las que lo están."));

    @Test
    void a_delegate_follows_its_awaiting_ballot_reads_the_dossier_votes_with_a_reason_and_changes_it()
            throws Exception {
        Api api = new Api(port);
        try (Browser delegate = Browser.signedIn(port, "bilbao-city")) {
            for (String language : List.of("en", "fr", "es")) {
                Words words = WORDS.get(language);
                String name = "Ville de Sfax " + language;
                String application = Governance.reviewedApplication(api, name, "TN", "Sfax");
                String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());

                delegate.open("/");
                delegate.chooseLanguage(language);
                delegate.click(d -> d.findElements(By.cssSelector("[data-awaiting='" + ballot + "']")).stream()
                        .findFirst()
                        .orElse(null));
                delegate.await(d -> d.getCurrentUrl().endsWith("/ballots/" + ballot) ? true : null);
                awaitText(delegate, "main h1", name);

                // The dossier: the application, its note and its sponsor, one click from the ballot.
                assertThat(delegate.text("#ballot-dossier")).contains(name);
                assertThat(delegate.text("[data-testid=review-note]")).isEqualTo(words.noNote());
                assertThat(delegate.text("[data-testid=sponsor]")).isNotBlank();

                // The tally is drawn against the whole electorate, with its quorum and majority marks and a legend.
                JsonNode opened =
                        api.as("auditor").get("/api/ballots/" + ballot).json();
                int seats = opened.get("electorate").size();
                assertThat(seats).isGreaterThan(2);
                assertThat(attribute(delegate, "[data-testid=tally-bar]", "data-seats"))
                        .isEqualTo(String.valueOf(seats));
                assertThat(attribute(delegate, "line[data-mark=majority]", "data-at"))
                        .isEqualTo(opened.get("marks").get("yesNeeded").asString());
                assertThat(delegate.text("[data-testid=tally-legend]")).contains(words.majority());
                if (opened.get("marks").get("quorum").asInt() > 0) {
                    assertThat(delegate.text("[data-testid=tally-legend]")).contains(words.quorum());
                    assertThat(attribute(delegate, "line[data-mark=quorum]", "data-at"))
                            .isEqualTo(opened.get("marks").get("quorum").asString());
                }

                // A vote with its reason.
                delegate.click(d -> d.findElement(By.id("choice-YES")));
                delegate.find("#vote-reason").sendKeys("Meets every criterion " + language);
                delegate.press("#vote-submit");
                delegate.press("#confirm-ok");
                delegate.await(d -> d.findElements(By.cssSelector("[data-testid=my-vote]")).stream()
                                .anyMatch(mine -> mine.getText().contains("Meets every criterion " + language))
                        ? true
                        : null);
                // One yes out of the whole electorate fills a part of the bar, never all of it.
                delegate.await(d ->
                        d.findElements(By.cssSelector("rect[data-kind=yes]")).isEmpty() ? null : true);
                double yesWidth = Double.parseDouble(attribute(delegate, "rect[data-kind=yes]", "width"));
                double frame = Double.parseDouble(attribute(delegate, "rect.tally-frame", "width"));
                assertThat(yesWidth).isCloseTo(frame / seats, org.assertj.core.data.Offset.offset(0.5));

                // A change needs a reason; with one it is recorded, and counted as a change.
                delegate.await(d -> d.findElements(By.id("choice-NO")).isEmpty() ? null : true);
                delegate.click(d -> d.findElement(By.id("choice-NO")));
                delegate.find("#vote-reason").clear();
                delegate.press("#vote-submit");
                assertThat(delegate.text("#vote-problem")).isEqualTo(words.reasonForChange());
                delegate.find("#vote-reason").sendKeys("New facts " + language);
                delegate.press("#vote-submit");
                delegate.press("#confirm-ok");
                Eventually.await(
                        () -> api.as("auditor").get("/api/ballots/" + ballot).json(),
                        json -> vote(json, "bilbao-city") != null
                                && vote(json, "bilbao-city").get("changes").asInt() == 1);
                JsonNode changed =
                        vote(api.as("auditor").get("/api/ballots/" + ballot).json(), "bilbao-city");
                assertThat(changed.get("choice").asString()).isEqualTo("NO");
                assertThat(changed.get("reason").asString()).isEqualTo("New facts " + language);
                delegate.await(d ->
                        d.findElements(By.cssSelector("rect[data-kind=no]")).isEmpty() ? null : true);
                if (language.equals("en")) {
                    delegate.screenshot("ballot-page-delegate-en");
                    assertThat(delegate.accessibilityViolations())
                            .as("/ballots/{id}: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }

                // From the ballot to the application's own page.
                delegate.click(d -> d.findElements(By.cssSelector("#ballot-dossier a[data-application]")).stream()
                        .findFirst()
                        .orElse(null));
                delegate.await(d -> d.getCurrentUrl().endsWith("/applications/" + application) ? true : null);
                awaitText(delegate, "main h1", name);
                assertThat(delegate.text("#application"))
                        .as("a delegate never reads the contact person")
                        .doesNotContain("@");
            }
        }
    }

    @Test
    void a_refused_proxy_shows_the_refusal_in_the_pages_language_and_a_delegate_speaks_only_for_its_seat()
            throws Exception {
        Api api = new Api(port);
        JsonNode meeting = null;
        for (JsonNode candidate : api.as("auditor").get("/api/meetings").json()) {
            if (!candidate.get("status").asString().equals("CANCELLED")) {
                meeting = candidate;
            }
        }
        assertThat(meeting).isNotNull();
        String meetingId = meeting.get("meetingId").asString();
        // ripess gives its proxy to avpn: it can hold none, so a proxy given to it must be refused.
        Governance.expect(202, api.as("ripess").post("/api/meetings/" + meetingId + "/proxies", """
                {"fromSeat": "ripess", "toSeat": "avpn"}"""));
        // The adversary: a delegate giving another seat's proxy, or voting for another seat.
        assertThat(api.as("bilbao-city")
                        .post("/api/meetings/" + meetingId + "/proxies", """
                                {"fromSeat": "apay", "toSeat": "bilbao-city"}""")
                        .status())
                .isEqualTo(403);
        try (Browser delegate = Browser.signedIn(port, "bilbao-city")) {
            List<String> refusals = new ArrayList<>();
            for (String language : List.of("en", "fr", "es")) {
                delegate.chooseLanguage(language);
                delegate.open("/meetings/" + meetingId);
                assertThat(delegate.text("#meeting")).contains(WORDSOF.get(language));
                // The page re-renders when a read model it shows moves on: the choice and the click are made again on
                // the
                // page as it then stands.
                delegate.await(d -> {
                    new org.openqa.selenium.support.ui.Select(d.findElement(By.id("proxy-to"))).selectByValue("ripess");
                    d.findElement(By.cssSelector("#proxy-form button[type=submit]"))
                            .click();
                    return true;
                });
                delegate.press("#confirm-ok");
                String refusal = delegate.await(d -> {
                    String text = d.findElement(By.id("proxy-problem")).getText();
                    return text.isBlank() ? null : text;
                });
                refusals.add(refusal);
                if (language.equals("en")) {
                    assertThat(delegate.accessibilityViolations())
                            .as("/meetings/{id}: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
            }
            assertThat(refusals.get(0)).contains("A proxy cannot be passed on");
            assertThat(refusals.get(1)).contains("Une procuration ne se transmet pas");
            assertThat(refusals.get(2)).contains("Una delegación de voto no se transmite");
        }
    }

    /** The proxies' heading of a meeting's page in each language. */
    static final Map<String, String> WORDSOF = Map.of("en", "Proxies", "fr", "Procurations", "es", "Poderes");

    @Test
    void a_member_representative_and_the_public_read_nothing_their_role_may_not() throws Exception {
        Api api = new Api(port);
        // The demo's ballots and members, once the read models show them (the demo is loaded after the start).
        String ballot = Eventually.await(
                        () -> api.as("auditor").get("/api/ballots?limit=1").json(), json -> json.size() > 0)
                .get(0)
                .get("ballotId")
                .asString();
        String member = Eventually.await(
                        () -> api.as("auditor").get("/api/members?limit=1").json(), json -> json.size() > 0)
                .get(0)
                .get("memberId")
                .asString();
        Api liverpool = api.as("liverpool");
        assertThat(liverpool.get("/api/ballots/" + ballot).status()).isEqualTo(403);
        assertThat(liverpool.get("/api/members/" + member).status()).isEqualTo(403);
        assertThat(liverpool.get("/api/committee/seats").status()).isEqualTo(403);
        JsonNode found = liverpool.get("/api/search?q=Liverpool").json();
        for (JsonNode hit : found) {
            assertThat(hit.get("kind").asString())
                    .as("a member representative finds its own application and activities only")
                    .isIn("APPLICATION", "ACTIVITY");
        }
        assertThat(api.get("/api/search?q=Liverpool").status()).isEqualTo(401);
        assertThat(api.as("auditor").get("/api/search?q=%25").status())
                .as("too short once stripped")
                .isEqualTo(400);
        assertThat(api.as("auditor").get("/api/search?q=%25%25").json())
                .as("a wildcard is taken literally")
                .isEmpty();
        try (Browser representative = Browser.signedIn(port, "liverpool")) {
            for (String language : List.of("en", "fr", "es")) {
                representative.chooseLanguage(language);
                representative.open("/ballots/" + ballot);
                assertThat(representative.text("[data-testid=not-for-role]"))
                        .as("a ballot page is not offered to a member representative: it says so, not a refusal")
                        .isEqualTo(WORDS.get(language).notForRole());
                assertThat(representative.driver().findElements(By.id("vote-form")))
                        .isEmpty();
            }
            representative.chooseLanguage("en");
            representative.open("/members");
            assertThat(representative.driver().findElements(By.cssSelector("#directory a[data-member]")))
                    .as("the public directory, without links to the register's records")
                    .isEmpty();
            assertThat(representative.text("#directory")).contains("Liverpool City Region");
        }
        try (Browser anyone = Browser.anonymous(port)) {
            // The public dashboard and its register of decisions, in each language.
            for (String language : List.of("en", "fr", "es")) {
                anyone.open("/public");
                anyone.chooseLanguage(language);
                anyone.await(d -> d.findElement(By.id("public-decisions"))
                                .getText()
                                .contains("Admission of Liverpool City Region")
                        ? true
                        : null);
                assertThat(anyone.text("#public-decisions h2"))
                        .isEqualTo(Map.of(
                                        "en", "Register of decisions",
                                        "fr", "Registre des décisions",
                                        "es", "Registro de decisiones")
                                .get(language));
                if (language.equals("en")) {
                    assertThat(anyone.accessibilityViolations())
                            .as("/public with the register of decisions")
                            .isEmpty();
                }
            }
            assertThat(api.get("/api/public/committee/decisions").body())
                    .as("no vote, voter or account in the public register")
                    .doesNotContain("castBy", "\"votes\"", "bilbao-city", "secretariat");
            anyone.driver().get("http://localhost:" + port + "/ballots/" + ballot);
            anyone.await(d -> d.getCurrentUrl().contains("/login") ? true : null);
        }
    }

    @Test
    void the_directory_filters_by_region_with_join_dates_search_finds_liverpool_and_tables_sort_and_export_csv()
            throws Exception {
        Api api = new Api(port);
        // A name a spreadsheet would run as a formula, for the export to neutralise.
        Governance.submitted(api.as("secretariat"), Applications.submission("=1+2 Town", "BE", "Gent"));
        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            for (String language : List.of("en", "fr", "es")) {
                secretariat.chooseLanguage(language);
                secretariat.open("/members");
                secretariat.choose("#directory-region", "EUROPE");
                String europe =
                        Map.of("en", "Europe", "fr", "Europe", "es", "Europa").get(language);
                secretariat.await(d -> {
                    List<String> regions = column(secretariat, "#directory", 3);
                    return !regions.isEmpty() && regions.stream().allMatch(europe::equals) ? true : null;
                });
                assertThat(secretariat.text("#directory")).contains("Liverpool City Region");
                assertThat(secretariat.driver().findElements(By.cssSelector("#directory tbody time[datetime]")))
                        .as("the day each joined")
                        .isNotEmpty();
                if (language.equals("en")) {
                    assertThat(secretariat.accessibilityViolations())
                            .as("/members: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }

                // Search finds Liverpool and links to its page.
                secretariat.open("/search");
                secretariat.find("#search-q").sendKeys("liverpool");
                secretariat.press("#search-form button[type=submit]");
                secretariat.await(d -> d.getCurrentUrl().contains("q=liverpool") ? true : null);
                awaitText(secretariat, "#search-results", "Admission of Liverpool City Region");
                if (language.equals("en")) {
                    assertThat(secretariat.accessibilityViolations())
                            .as("/search: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
                secretariat.press("#search-results a[data-member]");
                secretariat.await(d -> d.getCurrentUrl().contains("/members/") ? true : null);
                awaitText(secretariat, "main h1", "Liverpool City Region");
                assertThat(attribute(secretariat, "[data-testid=joined] time", "datetime"))
                        .isNotBlank();
                assertThat(attribute(secretariat, "#member a[data-entity]", "href"))
                        .as("the member's history, for a reader of the audit trail")
                        .contains("/audit/entities/");
            }

            // A table sorts by a column, both ways, and exports what it shows as CSV.
            secretariat.chooseLanguage("en");
            secretariat.open("/admissions");
            secretariat.press("#applications th button[data-sort-column='0']");
            List<String> ascending = secretariat.await(d -> column(secretariat, "#applications", 0));
            assertThat(secretariat.script(
                            "const names = arguments[0].slice();"
                                    + " names.sort(new Intl.Collator('en', {numeric: true, sensitivity: 'base'}).compare);"
                                    + " return names;",
                            ascending))
                    .as("in the order of the reader's language")
                    .isEqualTo(ascending);
            secretariat.press("#applications th button[data-sort-column='0']");
            List<String> descending = secretariat.await(d -> column(secretariat, "#applications", 0));
            assertThat(descending).isEqualTo(ascending.reversed());
            assertThat(attribute(secretariat, "#applications th[aria-sort]", "aria-sort"))
                    .isEqualTo("descending");
            secretariat.script("""
                    window.csvBlobs = [];
                    const make = URL.createObjectURL;
                    URL.createObjectURL = blob => { window.csvBlobs.push(blob); return make(blob); };""");
            secretariat.press("#applications button.csv");
            String csv =
                    (String) ((org.openqa.selenium.JavascriptExecutor) secretariat.driver()).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            window.csvBlobs[window.csvBlobs.length - 1].text().then(done);""");
            // The page writes CRLF (RFC 4180); the driver hands the text back with bare line feeds.
            List<List<String>> table = CsvInjectionIT.parse(
                    csv.replace("\ufeff", "").replace("\r\n", "\n").replace("\n", "\r\n"));
            assertThat(table.getFirst()).startsWith("Organisation", "Kind", "Country");
            assertThat(table.stream().skip(1).map(List::getFirst).toList())
                    .as(csv)
                    .containsExactlyElementsOf(descending.stream()
                            .map(name -> name.startsWith("=") ? "'" + name : name)
                            .toList());
            assertThat(csv).contains("\"'=1+2 Town\"");
            for (List<String> row : table) {
                for (String cell : row) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                            .as("no cell runs as a formula: " + cell)
                            .isTrue();
                }
            }

            // A live update draws the table again, with the new application, still in the reader's sort (it was
            // drawn in the server's order, the sort lost, when another application came in meanwhile).
            Governance.submitted(api.as("secretariat"), Applications.submission("Aaa Live Update Town", "BE", "Gent"));
            List<String> redrawn = secretariat.await(d -> {
                List<String> names = column(secretariat, "#applications", 0);
                return names.contains("Aaa Live Update Town") ? names : null;
            });
            assertThat(secretariat.script(
                            "const names = arguments[0].slice();"
                                    + " names.sort(new Intl.Collator('en', {numeric: true, sensitivity: 'base'}).compare);"
                                    + " return names.reverse();",
                            redrawn))
                    .as("still descending after the live update")
                    .isEqualTo(redrawn);
            assertThat(attribute(secretariat, "#applications th[aria-sort]", "aria-sort"))
                    .isEqualTo("descending");
        }
    }

    @Test
    void every_detail_page_reads_without_accessibility_violations_and_links_to_its_history() throws Exception {
        Api auditor = new Api(port).as("auditor");
        JsonNode withRoadmap = null;
        for (JsonNode edition : auditor.get("/api/forum/editions").json()) {
            JsonNode read = auditor.get(
                            "/api/forum/editions/" + edition.get("editionId").asString())
                    .json();
            if (read.get("roadmap") != null && !read.get("roadmap").isEmpty()) {
                withRoadmap = read;
            }
        }
        assertThat(withRoadmap).as("an edition with a roadmap").isNotNull();
        JsonNode plan = auditor.get("/api/objectives").json().get(0);
        JsonNode indicator = plan.get("directions")
                .get(0)
                .get("objectives")
                .get(0)
                .get("indicators")
                .get(0);
        JsonNode seat = auditor.get("/api/committee/seats").json().get(0);
        List<String> pages = new ArrayList<>(List.of(
                "/applications/"
                        + auditor.get("/api/membership-applications?limit=1")
                                .json()
                                .get(0)
                                .get("applicationId")
                                .asString(),
                "/meetings/"
                        + auditor.get("/api/meetings")
                                .json()
                                .get(0)
                                .get("meetingId")
                                .asString(),
                "/seats/" + seat.get("seat").asString(),
                "/indicators/" + plan.get("planId").asString() + "/"
                        + indicator.get("code").asString(),
                "/activities/"
                        + auditor.get("/api/activities")
                                .json()
                                .get(0)
                                .get("activityId")
                                .asString()));
        pages.add("/milestones/" + withRoadmap.get("editionId").asString() + "/"
                + withRoadmap.get("roadmap").get(0).get("milestone").asString());
        try (Browser browser = Browser.signedIn(port, "auditor")) {
            for (String page : pages) {
                browser.open(page);
                assertThat(browser.driver().findElements(By.cssSelector("[data-testid=refused]")))
                        .as(page + " reads")
                        .isEmpty();
                assertThat(attribute(browser, "main a[data-entity]", "href"))
                        .as(page + " links to its history")
                        .contains("/audit/entities/");
                assertThat(browser.accessibilityViolations())
                        .as(page + ": WCAG 2.1 AA (axe-core)")
                        .isEmpty();
            }
            // Every list links to the detail pages.
            browser.open("/committee");
            browser.press("#seats a[data-seat]");
            browser.await(d -> d.getCurrentUrl().contains("/seats/") ? true : null);
            browser.open("/committee");
            browser.press("#meetings a[data-meeting]");
            browser.await(d -> d.getCurrentUrl().contains("/meetings/") ? true : null);
            browser.open("/committee");
            browser.press("#all-ballots a[data-ballot-link]");
            browser.await(d -> d.getCurrentUrl().contains("/ballots/") ? true : null);
            awaitText(browser, "#ballot", "");
        }
    }

    /** Waits until what the selector finds says the text: an open page fills in after it says it has loaded. */
    private static void awaitText(Browser browser, String css, String text) {
        browser.await(d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(found -> found.getText().contains(text)
                                && !found.getText().isBlank())
                ? true
                : null);
    }

    /** An attribute of what the selector finds, read again when the page re-renders it meanwhile. */
    private static String attribute(Browser browser, String css, String name) {
        return browser.await(d -> d.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(found -> found.getAttribute(name))
                .orElse(null));
    }

    private static JsonNode vote(JsonNode ballot, String seat) {
        for (JsonNode vote : ballot.get("votes")) {
            if (vote.get("seat").asString().equals(seat)) {
                return vote;
            }
        }
        return null;
    }

    private static List<String> column(Browser browser, String table, int index) {
        List<String> values = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector(table + " tbody tr"))) {
            values.add(row.findElements(By.tagName("td")).get(index).getText());
        }
        return values;
    }
}
