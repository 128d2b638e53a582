package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rest of the Secretariat's commands from the pages (issue #18), in real headless Chromium on PostgreSQL: the
 * Committee's seats, delegates and conflicts of interest, the members' standing, the forum's editions and milestones,
 * the program's activities, the strategic plan, and the statement that an applicant is another organisation than the
 * one whose name it shares. Each outcome is read back through the API; one refusal per area is said by the form that
 * sent the command, in the page's language; a delegate is offered none of these forms and is refused by the API.
 */
@SingleNodeOnPostgres
class WorkCommandsPagesIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void committee() {
        api = new Api(port);
        Governance.establishCommittee(api);
    }

    @Test
    void the_secretariat_gives_the_committees_members_forums_programs_and_plans_commands_from_the_pages()
            throws Exception {
        Api secretariatApi = api.as("secretariat");
        String seat = "work2-" + Applications.unique("seat").substring(5).replace(' ', '-');
        String applicant = Applications.unique("Ville de Conflit");
        String application = Governance.submitted(secretariatApi, Applications.submission(applicant, "FR", "Lyon"));

        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            secretariat.open("/work");
            secretariat.find("#work-seat");

            // A seat established from the page; the same seat again is refused, in each language, by the form.
            establish(secretariat, seat);
            Eventually.await(() -> seatOf(secretariatApi, seat), found -> found != null);
            secretariat.find("article[data-seat='" + seat + "']");
            Map<String, String> exists = Map.of("en", "already exists", "fr", "existe déjà", "es", "ya existe");
            for (String language : List.of("en", "fr", "es")) {
                if (!language.equals("en")) {
                    secretariat.chooseLanguage(language);
                }
                establish(secretariat, seat);
                secretariat.await(d -> d.findElement(By.cssSelector("[data-message='work-seat']"))
                                .getText()
                                .contains(exists.get(language))
                        ? true
                        : null);
                assertThat(secretariat.attribute("[data-message='work-seat']", "role"))
                        .isEqualTo("alert");
            }
            secretariat.chooseLanguage("en");

            // Its delegate appointed, a conflict of interest declared (asked first), then the seat retired (asked
            // first).
            String fold = "seat-" + seat;
            send(secretariat, fold + "-delegate", Map.of("delegateUserId", "montreal-city"));
            Eventually.await(
                    () -> seatOf(secretariatApi, seat),
                    found -> "montreal-city".equals(found.path("delegate").asString()));
            secretariat.await(d -> d.findElements(By.cssSelector(
                                            "#work-conflict-referenceId option[value='" + application + "']"))
                                    .isEmpty()
                            || d.findElements(By.cssSelector("#work-conflict-seat option[value='" + seat + "']"))
                                    .isEmpty()
                    ? null
                    : true);
            submit(
                    secretariat,
                    "work-conflict",
                    Map.of(
                            "seat", seat,
                            "referenceId", application,
                            "reason", "The seat's holder advised the applicant"));
            assertThat(asked(secretariat)).contains(seat);
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/committee/conflicts").json(),
                    conflicts -> stream(conflicts)
                            .anyMatch(c -> c.get("seat").asString().equals(seat)
                                    && c.get("referenceId").asString().equals(application)));
            send(secretariat, fold + "-retire", Map.of("reason", "The network merged into another"));
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> seatOf(secretariatApi, seat),
                    found -> found.get("retired").asBoolean());

            // A member recorded from the Secretariat's records, suspended (asked first); suspending it again is
            // refused.
            String memberName = Applications.unique("Abidjan Réseau importé");
            submit(
                    secretariat,
                    "work-import",
                    Map.of(
                            "organisationName", memberName,
                            "kind", "NATIONAL_SSE_NETWORK",
                            "country", "sn",
                            "region", "AFRICA",
                            "admittedOn", "2016-09-07",
                            "source", "Minutes of the 2016 general assembly"));
            JsonNode member = Eventually.await(
                    () -> stream(secretariatApi.get("/api/members?limit=200").json())
                            .filter(m -> m.get("organisationName").asString().equals(memberName))
                            .findFirst()
                            .orElse(null),
                    found -> found != null);
            String memberId = member.get("memberId").asString();
            assertThat(member.get("country").asString()).isEqualTo("SN");
            for (int attempt = 0; attempt < 2; attempt++) {
                secretariat.await(
                        d -> d.findElements(By.cssSelector("#work-standing-memberId option[value='" + memberId + "']"))
                                        .isEmpty()
                                ? null
                                : true);
                submit(
                        secretariat,
                        "work-standing",
                        Map.of("memberId", memberId, "change", "suspend", "reason", "Dues unpaid for two years"));
                assertThat(asked(secretariat)).contains(memberName);
                secretariat.press("#confirm-ok");
                if (attempt == 0) {
                    Eventually.await(
                            () -> secretariatApi.get("/api/members/" + memberId).json(),
                            found -> found.get("status").asString().equals("SUSPENDED"));
                    secretariat.await(d -> d.findElement(By.cssSelector("[data-message='work-standing']"))
                                    .getText()
                                    .isEmpty()
                            ? null
                            : true);
                }
            }
            secretariat.await(d -> "alert"
                            .equals(d.findElement(By.cssSelector("[data-message='work-standing']"))
                                    .getAttribute("role"))
                    ? true
                    : null);
            assertThat(secretariatApi
                            .get("/api/members/" + memberId)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUSPENDED");

            // An edition prepared, a milestone planned (the same code again refused), then cancelled (asked first).
            String edition = Applications.unique("GSEF Dakar");
            submit(secretariat, "work-edition", Map.of("name", edition, "hostCity", "Dakar", "country", "sn"));
            String editionId = Eventually.await(
                            () -> stream(secretariatApi
                                            .get("/api/forum/editions")
                                            .json())
                                    .filter(e -> e.get("name").asString().equals(edition))
                                    .findFirst()
                                    .orElse(null),
                            found -> found != null)
                    .get("editionId")
                    .asString();
            Map<String, String> milestone = Map.of(
                    "milestone", "venue-booked",
                    "title", "Venue booked",
                    "owner", "Local organizing committee",
                    "dueOn", "2099-06-30");
            send(secretariat, "edition-" + editionId + "-milestone", milestone);
            Eventually.await(
                    () -> secretariatApi.get("/api/forum/editions/" + editionId).json(),
                    found -> found.get("roadmap").size() == 1);
            // The same code again, from the same form (the edition's card is not drawn anew by its roadmap).
            send(secretariat, "edition-" + editionId + "-milestone", milestone);
            secretariat.await(d -> d.findElement(By.cssSelector("[data-message='edition-" + editionId + "-milestone']"))
                            .getText()
                            .contains("exists already")
                    ? true
                    : null);
            send(
                    secretariat,
                    "milestone-" + editionId + "-venue-booked-cancel",
                    Map.of("reason", "The city offers its own hall"));
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/forum/editions/" + editionId).json(),
                    found ->
                            found.get("roadmap").get(0).get("status").asString().equals("CANCELLED"));

            // An activity scheduled.
            String activity = Applications.unique("Policy dialogue in Dakar");
            submit(
                    secretariat,
                    "work-activity",
                    Map.of(
                            "kind", "POLICY_DIALOGUE",
                            "title", activity,
                            "from", "2099-04-02",
                            "to", "2099-04-03",
                            "partners", "RIPESS\nCity of Dakar"));
            JsonNode scheduled = Eventually.await(
                    () -> stream(secretariatApi.get("/api/activities?year=2099").json())
                            .filter(a -> a.get("title").asString().equals(activity))
                            .findFirst()
                            .orElse(null),
                    found -> found != null);
            assertThat(scheduled.get("kind").asString()).isEqualTo("POLICY_DIALOGUE");

            // A strategic plan: a line that does not read is refused before anything is sent; then adopted (asked
            // first).
            submit(secretariat, "work-plan", Map.of("year", "2033", "plan", "Grow the network"));
            secretariat.press("#confirm-ok");
            secretariat.await(d -> d.findElement(By.cssSelector("[data-message='work-plan']"))
                            .getText()
                            .contains("Line 1")
                    ? true
                    : null);
            submit(secretariat, "work-plan", Map.of("plan", """
                    # D9 Grow the network in Africa
                    ## O9 More members in West Africa
                    - work2-members; Members in West Africa; members; 4; 12; 2033-01-01; 2033-12-31"""));
            assertThat(asked(secretariat)).contains("2033");
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/objectives").json().toString(),
                    plans -> plans.contains("work2-members") && plans.contains("Grow the network in Africa"));

            // The same name, country and city as an application in progress: refused, and the form asks why the
            // applicant is another organisation; with the statement, the application is received.
            secretariat.find("#work-submit");
            assertThat(secretariat.find("[data-field='distinctnessStatement']").isDisplayed())
                    .isFalse();
            submit(
                    secretariat,
                    "work-submit",
                    Map.of(
                            "organisationName", applicant,
                            "kind", "LOCAL_GOVERNMENT",
                            "country", "fr",
                            "region", "EUROPE",
                            "city", "Lyon",
                            "preferredLanguage", "ENGLISH"));
            secretariat.await(d -> d.findElement(By.cssSelector("[data-field='distinctnessStatement']"))
                            .isDisplayed()
                    ? true
                    : null);
            assertThat(secretariat.attribute("#work-submit-distinctFrom", "value"))
                    .isEqualTo(application);
            type(
                    secretariat,
                    "#work-submit-distinctnessStatement",
                    "The metropolitan council, not the city: another legal person");
            secretariat.press("#work-submit button[type=submit]");
            Eventually.await(
                    () -> secretariatApi.get(Applications.PATH + "?limit=200").json(),
                    all -> stream(all)
                                    .filter(a ->
                                            a.get("organisationName").asString().equals(applicant))
                                    .count()
                            == 2);

            assertThat(secretariat.accessibilityViolations())
                    .as("/work: WCAG 2.1 AA (axe-core)")
                    .isEmpty();

            // The member's detail page carries its commands: reinstated from there (asked first).
            secretariat.open("/members/" + memberId);
            send(secretariat, "member-" + memberId + "-reinstate", Map.of("reason", "Dues paid"));
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/members/" + memberId).json(),
                    found -> found.get("status").asString().equals("ACTIVE"));
            assertThat(secretariat.accessibilityViolations())
                    .as("/members/{id}: WCAG 2.1 AA (axe-core)")
                    .isEmpty();
        }
    }

    @Test
    void a_delegate_sees_none_of_these_forms_and_posting_their_commands_is_refused_by_the_api() throws Exception {
        Api secretariat = api.as("secretariat");
        String application = Governance.submitted(
                secretariat, Applications.submission(Applications.unique("Ville de Refus"), "FR", "Lyon"));
        String member = secretariat
                .post("/api/members/imports", """
                        {"organisationName": "%s", "kind": "NATIONAL_SSE_NETWORK", "country": "FR",
                         "region": "EUROPE", "preferredLanguage": "FRENCH", "source": "a list"}""".formatted(Applications.unique("Réseau")))
                .json()
                .get("id")
                .asString();
        Api delegate = api.as("ripess").inLanguage("es");
        List<Api.Response> attempts = List.of(
                delegate.post("/api/committee/seats", """
                        {"seat": "mine", "organisationName": "Mine", "office": "REGIONAL_NETWORK"}"""),
                delegate.send("PUT", "/api/committee/seats/ripess/delegate", "{\"delegateUserId\": \"ripess\"}"),
                delegate.post("/api/committee/seats/avpn/retirement", "{\"reason\": \"no\"}"),
                delegate.post("/api/committee/conflicts", """
                        {"seat": "avpn", "referenceId": "%s", "reason": "no"}""".formatted(application)),
                delegate.post("/api/members/imports", """
                        {"organisationName": "Mine", "kind": "NATIONAL_SSE_NETWORK", "country": "FR",
                         "region": "EUROPE", "preferredLanguage": "FRENCH", "source": "a list"}"""),
                delegate.post("/api/members/" + member + "/suspension", """
                        {"reason": "no", "effectiveOn": "2030-01-01"}"""),
                delegate.post("/api/members/" + member + "/departure", """
                        {"reason": "no", "effectiveOn": "2030-01-01"}"""),
                delegate.post("/api/members/opening-balance", """
                        {"asOf": "2013-10-01", "members": 3, "source": "no"}"""),
                delegate.post("/api/forum/editions", """
                        {"name": "Mine", "hostCity": "Lyon", "country": "FR"}"""),
                delegate.post("/api/activities", """
                        {"kind": "TRAINING", "title": "Mine",
                         "dates": {"from": "2099-05-04", "to": "2099-05-05", "monthOnly": false, "toBeConfirmed": false},
                         "partners": []}"""),
                delegate.post("/api/strategic-plans", """
                        {"year": 2034, "directions": [{"code": "D1", "title": "Mine", "objectives": [{"code": "O1",
                         "title": "Mine", "indicators": [{"code": "I1", "name": "Mine", "unit": "members",
                         "baseline": 1, "target": 2, "startsOn": "2034-01-01", "deadline": "2034-12-31"}]}]}]}"""));
        for (Api.Response attempt : attempts) {
            assertThat(attempt.status()).as(attempt.toString()).isEqualTo(403);
            assertThat(attempt.json().get("detail").asString()).isEqualTo("Su rol no permite esta acción.");
        }
        assertThat(secretariat
                        .get("/api/members/" + member)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(stream(secretariat.get("/api/committee/seats").json())
                        .map(s -> s.get("seat").asString()))
                .doesNotContain("mine")
                .contains("avpn");
        assertThat(seatOf(secretariat, "avpn").get("retired").asBoolean()).isFalse();

        try (Browser ripess = Browser.signedIn(port, "ripess")) {
            // The menu does not offer /work to a delegate; opened by address, it shows none of these forms.
            ripess.open("/work");
            ripess.find("main h1");
            ripess.find("main p");
            for (String form : List.of(
                    "work-seat",
                    "work-conflict",
                    "work-standing",
                    "work-import",
                    "work-edition",
                    "work-activity",
                    "work-plan")) {
                assertThat(ripess.driver().findElements(By.id(form)))
                        .as(form + " is not offered to a delegate")
                        .isEmpty();
            }
            ripess.open("/members/" + member);
            ripess.find("main h1");
            assertThat(ripess.driver().findElements(By.cssSelector("[data-member-actions]")))
                    .isEmpty();
        }
    }

    /**
     * A live update that draws a form again keeps what the Secretariat had typed and chosen in it: the conflict form is
     * drawn anew when another application comes in (its list of applications changes), after its reason was typed and
     * its seat and application chosen.
     */
    @Test
    void what_the_secretariat_is_typing_survives_a_live_update_that_draws_the_form_again() throws Exception {
        Api secretariatApi = api.as("secretariat");
        String first = Governance.submitted(
                secretariatApi, Applications.submission(Applications.unique("Ville de Saisie"), "FR", "Nantes"));
        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            secretariat.open("/work");
            secretariat.await(
                    d -> d.findElements(By.cssSelector("#work-conflict-referenceId option[value='" + first + "']"))
                                    .isEmpty()
                            ? null
                            : true);
            secretariat.script("document.getElementById('work-conflict').dataset.drawing = 'before';");
            new Select(secretariat.find("#work-conflict-seat")).selectByValue("ripess");
            new Select(secretariat.find("#work-conflict-referenceId")).selectByValue(first);
            fill(secretariat, secretariat.find("#work-conflict-reason"), "Typed before the update");

            String second = Governance.submitted(
                    secretariatApi, Applications.submission(Applications.unique("Ville de Relève"), "FR", "Rennes"));
            secretariat.await(
                    d -> d.findElements(By.cssSelector("#work-conflict-referenceId option[value='" + second + "']"))
                                            .isEmpty()
                                    || d.findElements(By.cssSelector("#work-conflict[data-drawing]"))
                                                    .size()
                                            > 0
                            ? null
                            : true);

            assertThat(secretariat.attribute("#work-conflict-reason", "value")).isEqualTo("Typed before the update");
            assertThat(secretariat.attribute("#work-conflict-seat", "value")).isEqualTo("ripess");
            assertThat(secretariat.attribute("#work-conflict-referenceId", "value"))
                    .isEqualTo(first);
        }
    }

    private static JsonNode seatOf(Api api, String seat) {
        return stream(api.get("/api/committee/seats").json())
                .filter(s -> s.get("seat").asString().equals(seat))
                .findFirst()
                .orElse(null);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static void establish(Browser browser, String seat) {
        submit(
                browser,
                "work-seat",
                Map.of("seat", seat, "organisationName", "Holder of " + seat, "office", "REGIONAL_NETWORK"));
    }

    /**
     * Fills a form field by field (a select by its value, a date by script) and sends it, all again from the start
     * when the open page draws the form anew meanwhile.
     */
    private static void submit(Browser browser, String form, Map<String, String> values) {
        browser.await(d -> {
            try {
                values.forEach((name, value) -> fill(browser, d.findElement(By.id(form + "-" + name)), value));
                d.findElement(By.cssSelector("#" + form + " button[type=submit]"))
                        .click();
                return true;
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.ElementNotInteractableException notYet) {
                return null;
            }
        });
    }

    private static void fill(Browser browser, WebElement field, String value) {
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else {
            // Set at once, by script: typing key by key races the live page, which may draw the form anew meanwhile.
            browser.script(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", field, value);
        }
    }

    /**
     * Opens a record's folded command, fills it and sends it, all again from the start when the open page draws the
     * record anew meanwhile. A date field is set by script, as a date picker takes no typing in every locale.
     */
    private static void send(Browser browser, String fold, Map<String, String> values) {
        browser.await(d -> {
            try {
                WebElement details = d.findElement(By.cssSelector("[data-fold='" + fold + "']"));
                if (details.getAttribute("open") == null) {
                    details.findElement(By.tagName("summary")).click();
                }
                values.forEach((name, value) -> fill(browser, d.findElement(By.id(fold + "-" + name)), value));
                d.findElement(By.cssSelector("#" + fold + " button[type=submit]"))
                        .click();
                return true;
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.ElementNotInteractableException notYet) {
                return null;
            }
        });
    }

    /** The question the confirmation dialog asks, once it is open. */
    private static String asked(Browser browser) {
        return browser.await(d -> d.findElement(By.id("confirm")).getAttribute("open") != null
                        && !d.findElement(By.id("confirm-text")).getText().isBlank()
                ? d.findElement(By.id("confirm-text")).getText()
                : null);
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
