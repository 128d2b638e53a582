package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;
import static org.gsef.governance.launcher.Governance.vote;

import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Secretariat's work from the pages (issue #18), in real headless Chromium on PostgreSQL, in English, French and
 * Spanish: an application from its submission, with a sponsor and a contact person, to the Committee's decision at a
 * meeting whose agenda, attendance, proxy and minutes are recorded from the pages; what cannot be undone asks first;
 * a refusal is said in the page's language; and a delegate who posts the Secretariat's commands is refused by the API.
 */
@SingleNodeOnPostgres
class WorkPagesIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void committee() {
        api = new Api(port);
        Governance.establishCommittee(api);
    }

    /** What each language says at each step. */
    record Words(
            String heading,
            String reviewQuestion,
            String reviewed,
            String admissionOf,
            String passed,
            String admitted,
            String inProgress) {}

    static final Map<String, Words> WORDS = Map.of(
            "en",
            new Words(
                    "The Secretariat's work",
                    "Record that the review of",
                    "Reviewed",
                    "Admission of ",
                    "Passed",
                    "Admitted",
                    "already has an application in progress"),
            "fr",
            new Words(
                    "Travail du Secrétariat",
                    "Consigner que l’examen de",
                    "Examinée",
                    "Adhésion de ",
                    "Adopté",
                    "Admise",
                    "a déjà une candidature en cours"),
            "es",
            new Words(
                    "Trabajo de la Secretaría",
                    "¿Registrar que la revisión de",
                    "Revisada",
                    "Admisión de ",
                    "Aprobada",
                    "Admitida",
                    "ya tiene una solicitud en curso"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void the_secretariat_takes_an_application_from_submission_to_a_decision_at_a_meeting(String language)
            throws Exception {
        Words words = WORDS.get(language);
        Api secretariatApi = api.as("secretariat");
        String organisation = Applications.unique("Ville de Work " + language);
        String sponsorName = Applications.unique("Sponsor " + language);
        String sponsor = secretariatApi
                .post("/api/members/imports", """
                        {"organisationName": "%s", "kind": "NATIONAL_SSE_NETWORK", "country": "FR",
                         "region": "EUROPE", "preferredLanguage": "FRENCH", "source": "a list"}""".formatted(sponsorName))
                .json()
                .get("id")
                .asString();
        String meetingTitle = "Committee meeting " + organisation;

        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            secretariat.open("/work");
            secretariat.chooseLanguage(language);
            assertThat(secretariat.text("main h1")).isEqualTo(words.heading());

            // Submitted with a sponsor and a contact person.
            secretariat.await(
                    d -> d.findElements(By.cssSelector("#work-submit-sponsorMemberId option[value='" + sponsor + "']"))
                                    .isEmpty()
                            ? null
                            : true);
            fillApplication(secretariat, organisation, sponsor);
            String card = "article[data-name='" + organisation + "']";
            String application = secretariat.find(card).getAttribute("data-application");
            assertThat(secretariat.text(card)).contains("Camille Exemple", "camille@example.org");
            JsonNode submitted =
                    secretariatApi.get(Applications.PATH + "/" + application).json();
            assertThat(submitted.get("sponsorMemberId").asString()).isEqualTo(sponsor);
            assertThat(submitted.get("contact").get("email").asString()).isEqualTo("camille@example.org");

            // A second identical submission: refused, in the page's language, by the form that sent it.
            fillApplication(secretariat, organisation, sponsor);
            secretariat.await(d -> d.findElement(By.cssSelector("[data-message='work-submit']"))
                            .getText()
                            .contains(words.inProgress())
                    ? true
                    : null);
            assertThat(secretariat.attribute("[data-message='work-submit']", "role"))
                    .isEqualTo("alert");

            // "Review complete" asks first: cancelled, nothing happens; confirmed, the review is recorded.
            secretariat.click(d -> d.findElement(By.cssSelector("#review-" + application + " button[type=submit]")));
            secretariat.await(d -> d.findElement(By.id("confirm")).getAttribute("open") != null ? true : null);
            assertThat(secretariat.text("#confirm-text")).contains(words.reviewQuestion(), organisation);
            secretariat.press("#confirm-cancel");
            Thread.sleep(500);
            assertThat(secretariatApi
                            .get(Applications.PATH + "/" + application)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUBMITTED");
            secretariat.click(d -> d.findElement(By.cssSelector("#review-" + application + " button[type=submit]")));
            secretariat.press("#confirm-ok");
            secretariat.await(d -> d.findElements(By.cssSelector(card + " .badge.reviewed")).stream()
                            .anyMatch(badge -> badge.getText().equals(words.reviewed()))
                    ? true
                    : null);

            // A meeting scheduled for tomorrow, its agenda published.
            type(secretariat, "#work-meeting-title", meetingTitle);
            new Select(secretariat.find("#work-meeting-format")).selectByValue("ONLINE");
            type(secretariat, "#work-meeting-location", "Online");
            secretariat.press("#work-meeting button[type=submit]");
            String meetingCard = "article[data-title='" + meetingTitle + "']";
            String meeting = secretariat.find(meetingCard).getAttribute("data-meeting");
            open(secretariat, "agenda-" + meeting);
            type(
                    secretariat,
                    "#agenda-" + meeting + "-agenda",
                    "Admission of " + organisation + "\nAny other business");
            secretariat.press("#agenda-" + meeting + " button[type=submit]");
            secretariat.await(d -> d.findElements(By.cssSelector("ol[data-agenda='" + meeting + "'] li"))
                                    .size()
                            == 2
                    ? true
                    : null);
            assertThat(secretariat.text("ol[data-agenda='" + meeting + "']")).contains("Any other business");

            // Attendance per seat, and a delegate's proxy from its own page.
            open(secretariat, "attendance-" + meeting);
            for (String seat : List.of("seoul-city", "bilbao-city", "ripess", "avpn")) {
                secretariat.press("#attendance-" + meeting + "-" + seat);
            }
            secretariat.press("#attendance-" + meeting + " button[type=submit]");
            secretariat.await(d -> {
                String present = d.findElement(By.cssSelector("[data-present='" + meeting + "']"))
                        .getText();
                return present.contains("seoul-city")
                                && present.contains("bilbao-city")
                                && present.contains("ripess")
                                && present.contains("avpn")
                        ? true
                        : null;
            });
            assertThat(secretariat.text("[data-present='" + meeting + "']")).doesNotContain("apay");
            try (Browser apay = Browser.signedIn(port, "apay")) {
                apay.open("/work");
                apay.chooseLanguage(language);
                assertThat(apay.driver().findElements(By.id("work-submit")))
                        .as("a delegate is offered no Secretariat command")
                        .isEmpty();
                assertThat(apay.driver().findElements(By.cssSelector("[data-fold^='attendance-']")))
                        .isEmpty();
                open(apay, "proxy-" + meeting);
                new Select(apay.find("#proxy-" + meeting + "-toSeat")).selectByValue("avpn");
                apay.press("#proxy-" + meeting + " button[type=submit]");
                apay.press("#confirm-ok");
                apay.await(d -> d.findElement(By.cssSelector("[data-proxies='" + meeting + "']"))
                                .getText()
                                .contains("apay")
                        ? true
                        : null);
            }
            secretariat.await(d -> d.findElement(By.cssSelector("[data-proxies='" + meeting + "']"))
                            .getText()
                            .contains("avpn")
                    ? true
                    : null);

            // Put to the Committee at that meeting.
            open(secretariat, "committee-" + application);
            new Select(secretariat.find("#committee-" + application + "-procedure")).selectByValue("AT_MEETING");
            new Select(secretariat.find("#committee-" + application + "-meetingId")).selectByValue(meeting);
            secretariat
                    .find("#committee-" + application + " button[type=submit]")
                    .click();
            assertThat(secretariat.text("#confirm-text")).contains(organisation, meetingTitle);
            secretariat.press("#confirm-ok");
            String ballot = Eventually.await(
                            () -> secretariatApi
                                    .get(Applications.PATH + "/" + application)
                                    .json(),
                            json -> json.hasNonNull("ballotId"))
                    .get("ballotId")
                    .asString();
            String ballotCard = "article[data-ballot='" + ballot + "']";
            assertThat(secretariat.text(ballotCard + " h3")).isEqualTo(words.admissionOf() + organisation);
            JsonNode opened = secretariatApi.get("/api/ballots/" + ballot).json();
            assertThat(opened.get("procedure").asString()).isEqualTo("AT_MEETING");
            assertThat(opened.get("meetingId").asString()).isEqualTo(meeting);
            assertThat(opened.get("proxies").get("apay").asString()).isEqualTo("avpn");

            // The delegates vote, through the API; the Secretariat closes the ballot from the page.
            expect(202, vote(api, "chair", ballot, "seoul-city", "YES"));
            expect(202, vote(api, "bilbao-city", ballot, "bilbao-city", "YES"));
            expect(202, vote(api, "ripess", ballot, "ripess", "NO"));
            expect(202, vote(api, "avpn", ballot, "avpn", "YES"));
            expect(202, vote(api, "avpn", ballot, "apay", "ABSTAIN"));
            secretariat.await(d -> d.findElement(By.cssSelector("[data-tally='" + ballot + "']"))
                            .getText()
                            .contains("3")
                    ? true
                    : null);
            secretariat.click(d -> d.findElement(By.cssSelector("#close-" + ballot + " button[type=submit]")));
            secretariat.press("#confirm-ok");
            secretariat.await(d -> d.findElements(By.cssSelector("[data-outcome='" + ballot + "']")).stream()
                            .anyMatch(outcome -> outcome.getText().equals(words.passed()))
                    ? true
                    : null);
            secretariat.await(d -> d.findElements(By.cssSelector(card + " .badge.admitted")).stream()
                            .anyMatch(badge -> badge.getText().equals(words.admitted()))
                    ? true
                    : null);

            // A vote after the ballot closed: refused by the API, in the caller's language.
            Api.Response late = api.as("ripess")
                    .inLanguage(language)
                    .post("/api/ballots/" + ballot + "/votes", Applications.vote("ripess", "YES"));
            assertThat(late.status()).isEqualTo(409);

            // The minutes.
            open(secretariat, "minutes-" + meeting);
            type(secretariat, "#minutes-" + meeting + "-minutes", "The Committee admitted " + organisation + ".");
            secretariat.press("#minutes-" + meeting + " button[type=submit]");
            secretariat.await(d -> d.findElements(By.cssSelector("[data-minutes='" + meeting + "']")).stream()
                            .anyMatch(minutes -> minutes.getText().contains("admitted " + organisation))
                    ? true
                    : null);

            secretariat.screenshot("work-" + language);
            assertThat(secretariat.accessibilityViolations())
                    .as("/work in " + language + ": WCAG 2.1 AA (axe-core)")
                    .isEmpty();
        }
    }

    @Test
    void the_secretariat_returns_withdraws_erases_extends_cancels_moves_and_confirms_from_the_page() throws Exception {
        Api secretariatApi = api.as("secretariat");
        String organisation = Applications.unique("Ville de Retour");
        String application = Governance.submitted(secretariatApi, """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE",
                 "city": "Lyon", "preferredLanguage": "FRENCH",
                 "contact": {"name": "Dominique Exemple", "email": "dominique@example.org"}}""".formatted(organisation));
        String path = Applications.PATH + "/" + application;
        Api.Response scheduled = secretariatApi.post("/api/meetings", """
                {"title": "Meeting to move", "startsOn": "2099-03-10", "endsOn": "2099-03-10", "format": "ONLINE",
                 "location": "Online", "agenda": []}""");
        expect(201, scheduled);
        String meeting = scheduled.json().get("id").asString();
        Api.Response planned = secretariatApi.post("/api/activities", """
                {"kind": "POLICY_DIALOGUE", "title": "Dialogue to confirm",
                 "dates": {"from": "2099-05-04", "to": "2099-05-05", "monthOnly": false, "toBeConfirmed": true},
                 "location": "Lyon", "partners": []}""");
        expect(201, planned);
        String activity = planned.json().get("id").asString();

        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            secretariat.open("/work");
            String card = "article[data-application='" + application + "']";
            assertThat(secretariat.text(card)).contains("Dominique Exemple");

            // Returned for information, then resubmitted with another city.
            open(secretariat, "return-" + application);
            type(secretariat, "#return-" + application + "-reason", "Please send the council's resolution");
            secretariat.press("#return-" + application + " button[type=submit]");
            redrawn(secretariat, "return-" + application);
            secretariat.find(card + " .badge.returned-for-information");
            open(secretariat, "resubmit-" + application);
            type(secretariat, "#resubmit-" + application + "-city", "Nantes");
            secretariat
                    .find("#resubmit-" + application + " button[type=submit]")
                    .click();
            redrawn(secretariat, "resubmit-" + application);
            secretariat.find(card + " .badge.submitted");
            assertThat(status(secretariatApi, path, "SUBMITTED").get("city").asString())
                    .isEqualTo("Nantes");

            // Put to the Committee by written procedure, its deadline extended, then the ballot cancelled.
            expect(202, secretariatApi.post(path + "/review", ""));
            secretariat.find(card + " .badge.reviewed");
            open(secretariat, "committee-" + application);
            new Select(secretariat.find("#committee-" + application + "-procedure")).selectByValue("WRITTEN");
            secretariat
                    .find("#committee-" + application + " button[type=submit]")
                    .click();
            secretariat.press("#confirm-ok");
            String ballot = Eventually.await(() -> secretariatApi.get(path).json(), json -> json.hasNonNull("ballotId"))
                    .get("ballotId")
                    .asString();
            JsonNode opened = Eventually.await(
                            () -> secretariatApi.get("/api/ballots/" + ballot), response -> response.status() == 200)
                    .json();
            assertThat(opened.get("procedure").asString()).isEqualTo("WRITTEN");
            java.time.Instant closes =
                    java.time.Instant.parse(opened.get("closesAt").asString());
            assertThat(closes).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(13)));
            open(secretariat, "extend-" + ballot);
            type(secretariat, "#extend-" + ballot + "-reason", "Two seats asked for more time");
            secretariat.press("#extend-" + ballot + " button[type=submit]");
            redrawn(secretariat, "extend-" + ballot);
            Eventually.await(
                    () -> secretariatApi.get("/api/ballots/" + ballot).json(),
                    json -> java.time.Instant.parse(json.get("closesAt").asString())
                            .isAfter(closes));
            open(secretariat, "cancel-ballot-" + ballot);
            type(secretariat, "#cancel-ballot-" + ballot + "-reason", "The applicant asked to wait");
            secretariat
                    .find("#cancel-ballot-" + ballot + " button[type=submit]")
                    .click();
            assertThat(secretariat.text("#confirm-text")).contains("Admission of " + organisation);
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/ballots/" + ballot).json(),
                    json -> json.get("status").asString().equals("CANCELLED"));

            // The contact person erased, then the application withdrawn; both asked first.
            status(secretariatApi, path, "REVIEWED");
            secretariat.find(card + " .badge.reviewed");
            open(secretariat, "erase-" + application);
            type(secretariat, "#erase-" + application + "-reason", "The person asked to be forgotten");
            secretariat.press("#erase-" + application + " button[type=submit]");
            secretariat.press("#confirm-ok");
            secretariat.await(
                    d -> d.findElement(By.cssSelector(card)).getText().contains("The contact person was erased.")
                            ? true
                            : null);
            assertThat(secretariat.text(card)).doesNotContain("Dominique");
            send(secretariat, "withdraw-" + application, Map.of("reason", "The city withdrew"));
            secretariat.press("#confirm-ok");
            status(secretariatApi, path, "WITHDRAWN");

            // A meeting moved, then cancelled (asked first).
            send(
                    secretariat,
                    "reschedule-" + meeting,
                    Map.of("startsOn", "2099-03-17", "endsOn", "2099-03-17", "reason", "The chair is travelling"));
            Eventually.await(
                    () -> secretariatApi.get("/api/meetings/" + meeting).json(),
                    json -> json.get("startsOn").asString().equals("2099-03-17"));
            redrawn(secretariat, "reschedule-" + meeting);
            send(secretariat, "cancel-meeting-" + meeting, Map.of("reason", "No quorum possible"));
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> secretariatApi.get("/api/meetings/" + meeting).json(),
                    json -> json.get("status").asString().equals("CANCELLED"));

            // An activity's dates confirmed, then the activity cancelled (asked first).
            send(secretariat, "activity-" + activity + "-confirm", Map.of());
            Eventually.await(
                    () -> activity(secretariatApi, activity),
                    json -> json.get("status").asString().equals("CONFIRMED"));
            redrawn(secretariat, "activity-" + activity + "-confirm");
            send(secretariat, "activity-" + activity + "-cancel", Map.of("reason", "The venue closed"));
            secretariat.press("#confirm-ok");
            Eventually.await(
                    () -> activity(secretariatApi, activity),
                    json -> json.get("status").asString().equals("CANCELLED"));
            assertThat(secretariat.accessibilityViolations())
                    .as("/work: WCAG 2.1 AA (axe-core)")
                    .isEmpty();
        }
    }

    private static JsonNode status(Api api, String path, String status) {
        return Eventually.await(
                () -> api.get(path).json(),
                json -> json.get("status").asString().equals(status));
    }

    private static JsonNode activity(Api api, String activityId) {
        for (JsonNode activity : api.get("/api/activities?limit=200").json()) {
            if (activity.get("activityId").asString().equals(activityId)) {
                return activity;
            }
        }
        throw new AssertionError("no activity " + activityId);
    }

    /**
     * Waits until the record the command changed is drawn again: its folded command is closed once more, or gone when
     * the record's new state no longer takes it.
     */
    private static void redrawn(Browser browser, String fold) {
        browser.await(d -> d.findElements(By.cssSelector("[data-fold='" + fold + "']")).stream()
                        .allMatch(details -> details.getAttribute("open") == null)
                ? true
                : null);
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
                values.forEach((name, value) -> {
                    WebElement field = d.findElement(By.id(fold + "-" + name));
                    if ("date".equals(field.getAttribute("type"))) {
                        browser.script("arguments[0].value = arguments[1];", field, value);
                    } else {
                        field.clear();
                        field.sendKeys(value);
                    }
                });
                d.findElement(By.cssSelector("#" + fold + " button[type=submit]"))
                        .click();
                return true;
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.ElementNotInteractableException notYet) {
                return null;
            }
        });
    }

    private static void set(Browser browser, String css, String value) {
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                browser.find(css),
                value);
    }

    @Test
    void a_delegate_posting_the_secretariats_commands_is_refused_by_the_api_in_its_language() {
        Api secretariat = api.as("secretariat");
        String application = Governance.submitted(
                secretariat, Applications.submission(Applications.unique("Ville de Refus"), "FR", "Lyon"));
        Api.Response scheduled = secretariat.post("/api/meetings", """
                {"title": "A meeting", "startsOn": "2099-01-10", "endsOn": "2099-01-10", "format": "ONLINE",
                 "location": "Online", "agenda": ["Admissions"]}""");
        expect(201, scheduled);
        String meeting = scheduled.json().get("id").asString();
        Api delegate = api.as("ripess").inLanguage("fr");
        String path = Applications.PATH + "/" + application;
        List<Api.Response> attempts = List.of(
                delegate.post(path + "/review", ""),
                delegate.post(path + "/return", "{\"reason\": \"no\"}"),
                delegate.post(path + "/withdrawal", "{\"reason\": \"no\"}"),
                delegate.post(path + "/contact/erasure", "{\"reason\": \"no\"}"),
                delegate.post(path + "/ballot", "{\"procedure\": \"AT_MEETING\", \"meetingId\": \"" + meeting + "\"}"),
                delegate.post(Applications.PATH, Applications.submission("Ville de Nulle Part", "FR", "Nulle")),
                delegate.post("/api/meetings", """
                        {"title": "Mine", "startsOn": "2099-01-10", "endsOn": "2099-01-10", "format": "ONLINE",
                         "location": "Online", "agenda": []}"""),
                delegate.send("PUT", "/api/meetings/" + meeting + "/attendance/ripess", "{\"present\": true}"),
                delegate.send("PUT", "/api/meetings/" + meeting + "/agenda", "{\"agenda\": [\"Mine\"]}"),
                delegate.send("PUT", "/api/meetings/" + meeting + "/minutes", "{\"minutes\": \"Mine\"}"),
                delegate.post("/api/meetings/" + meeting + "/cancellation", "{\"reason\": \"no\"}"));
        for (Api.Response attempt : attempts) {
            assertThat(attempt.status()).as(attempt.toString()).isEqualTo(403);
            assertThat(attempt.json().get("detail").asString()).isEqualTo("Votre rôle ne permet pas cette action.");
        }
        JsonNode unchanged = Eventually.await(() -> secretariat.get(path), response -> response.status() == 200)
                .json();
        assertThat(unchanged.get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode untouched = Eventually.await(
                        () -> secretariat.get("/api/meetings/" + meeting), response -> response.status() == 200)
                .json();
        assertThat(untouched.get("present")).isEmpty();
        assertThat(untouched.get("minutes").isNull()).isTrue();
        assertThat(untouched.get("status").asString()).isEqualTo("SCHEDULED");
    }

    private static void fillApplication(Browser browser, String organisation, String sponsor) {
        type(browser, "#work-submit-organisationName", organisation);
        new Select(browser.find("#work-submit-kind")).selectByValue("LOCAL_GOVERNMENT");
        type(browser, "#work-submit-country", "fr");
        new Select(browser.find("#work-submit-region")).selectByValue("EUROPE");
        type(browser, "#work-submit-city", "Lille");
        new Select(browser.find("#work-submit-preferredLanguage")).selectByValue("FRENCH");
        type(browser, "#work-submit-contactName", "Camille Exemple");
        type(browser, "#work-submit-contactEmail", "camille@example.org");
        new Select(browser.find("#work-submit-sponsorMemberId")).selectByValue(sponsor);
        browser.press("#work-submit button[type=submit]");
    }

    /** Opens a record's folded command. */
    private static void open(Browser browser, String fold) {
        browser.click(d -> d.findElement(By.cssSelector("[data-fold='" + fold + "'] summary")));
        browser.await(d ->
                d.findElement(By.cssSelector("[data-fold='" + fold + "']")).getAttribute("open") != null ? true : null);
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
