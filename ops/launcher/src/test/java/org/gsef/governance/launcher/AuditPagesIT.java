package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The auditors' workspace (issue #17) in real headless Chromium over the demo's 2019 record on PostgreSQL: the auditor
 * answers "how was Liverpool admitted, by whom, under which rule, and is the record intact?" from the pages alone, in
 * English, French and Spanish; the trail's API pages by keyset in both orders with every filter; reading the record is
 * recorded; a delegate gets receipts for its own votes only.
 */
@SingleNodeOnPostgres(properties = {"gsef.demo-data=true", "gsef.demo-accounts=true"})
class AuditPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    /** What each language says at each step. */
    record Words(
            String trailHeading,
            String applied,
            String admitted,
            String decisionHeading,
            String passed,
            String rule,
            String initialRules,
            String statement,
            String refused,
            String intact) {}

    static final Map<String, Words> WORDS = Map.of(
            "en",
            new Words(
                    "Audit trail",
                    "Liverpool City Region applied for membership.",
                    "Liverpool City Region was admitted by the Committee's ballot.",
                    "Decision: Admission of Liverpool City Region",
                    "Passed",
                    "simple majority of the votes cast",
                    "The Committee's initial standing rules.",
                    "Liverpool City Region is admitted as a member of GSEF.",
                    "the ballot was closed",
                    "The record is intact"),
            "fr",
            new Words(
                    "Journal d’audit",
                    "Liverpool City Region a demandé à adhérer.",
                    "Liverpool City Region a été admise par le scrutin du Comité.",
                    "Décision : Admission of Liverpool City Region",
                    "Adopté",
                    "majorité simple des suffrages exprimés",
                    "Le règlement initial du Comité.",
                    "Liverpool City Region est admise comme membre du GSEF.",
                    "le scrutin était clos",
                    "Le registre est intact"),
            "es",
            new Words(
                    "Registro de auditoría",
                    "Liverpool City Region solicitó la adhesión.",
                    "Liverpool City Region fue admitida por la votación del Comité.",
                    "Decisión: Admission of Liverpool City Region",
                    "Aprobada",
                    "mayoría simple de los votos emitidos",
                    "El reglamento inicial del Comité.",
                    "Liverpool City Region queda admitida como miembro del GSEF.",
                    "la votación estaba cerrada",
                    "El registro está íntegro"));

    @Test
    void the_auditor_answers_how_liverpool_was_admitted_by_whom_under_which_rule_and_whether_the_record_is_intact()
            throws Exception {
        awaitTrailHolds("BallotClosed");
        // A vote attempted after the ballot closed: refused, and recorded as refused.
        String admission = null;
        for (JsonNode decision :
                new Api(port).as("auditor").get("/api/audit/decisions").json()) {
            if (decision.get("title").asString().equals("Admission of Liverpool City Region")) {
                admission = decision.get("ballotId").asString();
            }
        }
        assertThat(admission).isNotNull();
        Api.Response late = new Api(port)
                .as("ripess")
                .post("/api/ballots/" + admission + "/votes", "{\"seat\": \"ripess\", \"choice\": \"NO\"}");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        awaitTrailHolds("VoteRefused");
        try (Browser auditor = Browser.signedIn(port, "auditor")) {
            for (String language : List.of("en", "fr", "es")) {
                Words words = WORDS.get(language);
                auditor.chooseLanguage(language);
                auditor.press("#nav-audit");
                auditor.loaded();
                assertThat(auditor.text("main h1")).isEqualTo(words.trailHeading());

                // The trail, filtered to Liverpool's application, in plain words.
                auditor.find("#trail-text").sendKeys("Liverpool");
                new org.openqa.selenium.support.ui.Select(auditor.find("#trail-entityType"))
                        .selectByValue("MembershipApplication");
                new org.openqa.selenium.support.ui.Select(auditor.find("#trail-order")).selectByValue("oldest");
                auditor.press("#trail-form button[type=submit]");
                auditor.await(d -> d.getCurrentUrl().contains("text=Liverpool") ? true : null);
                auditor.loaded();
                List<WebElement> rows = auditor.driver().findElements(By.cssSelector("#trail tbody tr"));
                assertThat(rows)
                        .as("Liverpool's application: submitted, reviewed, put to the Committee, admitted")
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(rows.getFirst().getText()).contains(words.applied()).contains("secretariat");
                assertThat(auditor.text("#trail")).contains(words.admitted());
                assertThat(rows.getFirst().getText())
                        .as("the event type by its name in the reader's language")
                        .contains(Map.of(
                                        "en", "Application submitted",
                                        "fr", "Candidature déposée",
                                        "es", "Solicitud presentada")
                                .get(language));
                if (language.equals("en")) {
                    auditor.screenshot("audit-trail-liverpool-en");
                    assertThat(auditor.accessibilityViolations())
                            .as("/audit/trail: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }

                // Its history: every step, the state after each, and a link to the ballot that decided it.
                rows.getFirst().findElement(By.cssSelector("a[data-entity]")).click();
                auditor.await(d -> d.getCurrentUrl().contains("/audit/entities/") ? true : null);
                auditor.loaded();
                assertThat(auditor.text("#timeline")).contains(words.applied(), words.admitted());
                if (language.equals("en")) {
                    auditor.screenshot("audit-application-history-en");
                    assertThat(auditor.accessibilityViolations())
                            .as("/audit/entities: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
                auditor.press("#entity-state a[data-decision]");

                // The decision explained: by whom, under which rule, with every vote.
                auditor.await(d -> d.getCurrentUrl().contains("/audit/decisions/") ? true : null);
                auditor.loaded();
                assertThat(auditor.text("#decision-title")).isEqualTo(words.decisionHeading());
                assertThat(auditor.text("#decision-outcome")).contains(words.passed(), words.statement());
                assertThat(auditor.text("#decision-rule-text")).contains(words.rule());
                assertThat(auditor.text("#decision-rule-origin")).isEqualTo(words.initialRules());
                assertThat(auditor.text("#decision-recused")).isEqualTo("locality");
                assertThat(auditor.text("#decision-refused")).contains("ripess", words.refused());
                assertThat(auditor.text("#decision-votes")).contains("bamako-city", "apay", "avpn", "seoul-city");
                assertThat(auditor.driver().findElements(By.cssSelector("#count-steps li")))
                        .hasSizeGreaterThanOrEqualTo(5);
                assertThat(auditor.text("#decision-subject")).contains(words.applied());
                if (language.equals("en")) {
                    auditor.press("#decision-export");
                    auditor.screenshot("audit-decision-liverpool-en");
                    assertThat(auditor.accessibilityViolations())
                            .as("/audit/decisions: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
                if (language.equals("fr")) {
                    // The PDF in the reader's language, from the page (DecisionPdfIT reads its content).
                    auditor.press("#decision-export-pdf");
                }

                // Is the record intact?
                auditor.press("main nav a[href='/audit/verification']");
                auditor.loaded();
                auditor.press("#verify-button");
                WebElement verdict = auditor.find("#verify-verdict");
                assertThat(verdict.getAttribute("data-intact")).isEqualTo("true");
                WebElement bar = auditor.find("#verify-bar");
                assertThat(Double.parseDouble(bar.getAttribute("value")))
                        .as("the progress bar went to its end")
                        .isEqualTo(Double.parseDouble(bar.getAttribute("max")))
                        .isGreaterThan(1);
                assertThat(verdict.getText()).startsWith(words.intact());
                assertThat(auditor.text("#verify-command")).contains("ops/verify-bundle");
                if (language.equals("en")) {
                    auditor.press("#bundle-download");
                    auditor.screenshot("audit-verification-en");
                    assertThat(auditor.accessibilityViolations())
                            .as("/audit/verification: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
            }

            // The state as of an instant: just after the application was submitted, before any ballot.
            auditor.chooseLanguage("en");
            JsonNode liverpool = new Api(port)
                    .as("auditor")
                    .get("/api/audit/trail?text=Liverpool&eventType=MembershipApplicationSubmitted")
                    .json()
                    .get("entries")
                    .get(0);
            String entityId = liverpool.get("entityId").asString();
            Instant submitted =
                    OffsetDateTime.parse(liverpool.get("occurredAt").asString()).toInstant();
            // The store records an event's time to the millisecond, so an event of the same millisecond (the
            // Secretariat's review can follow the submission within it) is as much "as of" that instant: the
            // state holds exactly the entity's events the trail shows at or before it, and at least the submission.
            long recordedBy = 0;
            for (JsonNode entry : new Api(port)
                    .as("auditor")
                    .get("/api/audit/trail?entity=" + entityId + "&limit=200")
                    .json()
                    .get("entries")) {
                if (!OffsetDateTime.parse(entry.get("occurredAt").asString())
                        .toInstant()
                        .isAfter(submitted)) {
                    recordedBy++;
                }
            }
            assertThat(recordedBy).as("the submission itself").isPositive();
            auditor.open("/audit/entities/" + entityId + "?asOf=" + submitted);
            assertThat(auditor.text("#entity-state")).contains("after " + recordedBy + " steps");
            assertThat(auditor.driver().findElements(By.cssSelector("#entity-state a[data-decision]")))
                    .as("no ballot yet")
                    .isEmpty();

            // The Committee's pages link each decision to its explanation.
            auditor.open("/committee");
            auditor.press("#decisions a[data-decision]");
            auditor.await(d -> d.getCurrentUrl().contains("/audit/decisions/") ? true : null);

            // Reading the record is recorded, and shown on the trail page.
            Api reader = new Api(port).as("auditor");
            Eventually.await(
                    () -> reader.get("/api/audit/readings").body(),
                    body -> body.contains("DOWNLOADED_BUNDLE")
                            && body.contains("EXPORTED_DECISION")
                            && body.contains("(PDF, fr)"));
            auditor.open("/audit/trail");
            assertThat(auditor.text("#trail-readings"))
                    .contains("auditor", "Verified the chain", "Downloaded the audit bundle", "Exported a decision");
        }
    }

    @Test
    void the_trail_pages_by_keyset_in_both_orders_and_filters_by_entity_type_event_type_role_and_seat() {
        awaitTrailHolds("BallotClosed");
        Api auditor = new Api(port).as("auditor");

        List<Long> newest = positions(auditor, "/api/audit/trail?order=newest&limit=7", "before");
        assertThat(newest)
                .as("newest first, each page before the last one's position")
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(new HashSet<>(newest)).hasSameSizeAs(newest);
        List<Long> oldest = positions(auditor, "/api/audit/trail?order=oldest&limit=7", "after");
        assertThat(oldest.reversed()).isEqualTo(newest);

        JsonNode votes = auditor.get("/api/audit/trail?eventType=VoteCast&seat=bamako-city&role=DELEGATE&limit=1000")
                .json();
        assertThat(votes.get("entries")).isNotEmpty();
        votes.get("entries").forEach(entry -> {
            assertThat(entry.get("eventType").asString()).isEqualTo("VoteCast");
            assertThat(entry.get("actorSeat").asString()).isEqualTo("bamako-city");
            assertThat(entry.get("actorRoles").asString()).contains("DELEGATE");
        });
        JsonNode ballots =
                auditor.get("/api/audit/trail?entityType=Ballot&limit=1000").json();
        assertThat(ballots.get("entries")).isNotEmpty();
        ballots.get("entries")
                .forEach(entry -> assertThat(entry.get("entityType").asString()).isEqualTo("Ballot"));
        assertThat(auditor.get("/api/audit/trail?text=SEOUL-city&limit=10")
                        .json()
                        .get("entries"))
                .as("words are found whatever their case")
                .isNotEmpty();
        assertThat(auditor.get("/api/audit/trail?text=seoul%25city&limit=10")
                        .json()
                        .get("entries"))
                .as("a % is a character, not a wildcard")
                .isEmpty();
        assertThat(auditor.get("/api/audit/trail?order=sideways").status()).isEqualTo(400);
        assertThat(auditor.get("/api/audit/trail?before=-1&order=newest").status())
                .isEqualTo(400);
    }

    @Test
    void verifying_and_exporting_are_recorded_and_a_delegate_gets_receipts_for_its_own_votes_only() {
        awaitTrailHolds("BallotClosed");
        Api auditor = new Api(port).as("auditor");
        assertThat(auditor.get("/api/audit/verification").status()).isEqualTo(200);
        String ballot = auditor.get("/api/audit/decisions")
                .json()
                .get(0)
                .get("ballotId")
                .asString();
        Api.Response export = auditor.get("/api/audit/decisions/" + ballot + "?download=true");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonNode first = export.json().get("ballot").get(0);
        assertThat(first.get("link").get("chainHash").asString()).hasSize(64);
        assertThat(first.get("stored").get("eventIdentifier").asString())
                .isEqualTo(first.get("event").get("eventId").asString());
        JsonNode readings = auditor.get("/api/audit/readings").json();
        List<String> activities = new ArrayList<>();
        readings.forEach(reading -> activities.add(
                reading.get("reader").asString() + " " + reading.get("activity").asString()));
        assertThat(activities).contains("auditor VERIFIED_CHAIN", "auditor EXPORTED_DECISION");
        assertThat(auditor.get("/api/audit/decisions/not-a-ballot").status()).isEqualTo(404);

        Api bamako = new Api(port).as("bamako-city");
        JsonNode receipts = bamako.get("/api/vote-receipts").json();
        assertThat(receipts).isNotEmpty();
        Set<String> seats = new HashSet<>();
        receipts.forEach(receipt -> {
            seats.add(receipt.get("seat").asString());
            assertThat(receipt.get("chainHash").asString()).hasSize(64);
        });
        assertThat(seats).containsExactly("bamako-city");
        assertThat(auditor.get("/api/vote-receipts").status())
                .as("an auditor cast no vote")
                .isEqualTo(403);
    }

    @Test
    void an_event_changed_in_plain_sql_is_named_with_its_position_on_the_verification_page() throws Exception {
        awaitTrailHolds("BallotClosed");
        JsonNode submitted = new Api(port)
                .as("auditor")
                .get("/api/audit/trail?text=Liverpool&eventType=MembershipApplicationSubmitted")
                .json()
                .get("entries")
                .get(0);
        long position = submitted.get("position").asLong();
        byte[] original;
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT payload FROM domain_event_entry WHERE global_index = ?")) {
            select.setLong(1, position);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                original = row.getBytes(1);
            }
        }
        try {
            try (Connection connection = database.connect();
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                                    + " 'Liverpool City Region', 'Liverpool City Regiom'), 'UTF8')"
                                    + " WHERE global_index = ?")) {
                update.setLong(1, position);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            try (Browser auditor = Browser.signedIn(port, "auditor")) {
                auditor.open("/audit/verification");
                auditor.press("#verify-button");
                WebElement verdict = auditor.find("#verify-verdict");
                assertThat(verdict.getAttribute("data-intact")).isEqualTo("false");
                assertThat(verdict.getAttribute("data-problem")).isEqualTo("CHANGED");
                assertThat(verdict.getText())
                        .contains("Not intact: the event at position " + position + " ("
                                + submitted.get("eventId").asString() + ") was changed.");
                assertThat(auditor.text("#verify-result")).doesNotContain("null");
                assertThat(auditor.attribute("#verify-count", "data-count")).isEqualTo("1");
                assertThat(auditor.attribute("#verify-problems [data-problem]", "data-event"))
                        .isEqualTo(submitted.get("eventId").asString());
                auditor.screenshot("audit-verification-changed-en");
            }
        } finally {
            try (Connection connection = database.connect();
                    PreparedStatement restore = connection.prepareStatement(
                            "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
                restore.setBytes(1, original);
                restore.setLong(2, position);
                restore.executeUpdate();
            }
        }
        assertThat(new Api(port)
                        .as("auditor")
                        .get("/api/audit/verification")
                        .json()
                        .get("intact")
                        .asBoolean())
                .as("restored")
                .isTrue();
    }

    @Test
    void a_delegate_sees_a_receipt_for_each_vote_it_cast_on_its_pages() throws Exception {
        awaitTrailHolds("BallotClosed");
        try (Browser bamako = Browser.signedIn(port, "bamako-city")) {
            assertThat(bamako.find("#nav-audit").isDisplayed())
                    .as("no audit pages for a delegate")
                    .isFalse();
            bamako.press("#nav-receipts");
            bamako.loaded();
            List<WebElement> rows = bamako.driver().findElements(By.cssSelector("#receipts tbody tr"));
            assertThat(rows)
                    .as("bamako-city voted on the minutes, Liverpool and Dakar")
                    .hasSizeGreaterThanOrEqualTo(3);
            rows.forEach(row -> assertThat(
                            row.findElement(By.cssSelector("code.hash")).getText())
                    .hasSize(64));
            assertThat(bamako.accessibilityViolations())
                    .as("/receipts: WCAG 2.1 AA (axe-core)")
                    .isEmpty();
            bamako.screenshot("vote-receipts-en");
        }
    }

    @Test
    void a_long_history_is_read_a_page_at_a_time_and_its_state_now_comes_whole() throws Exception {
        Api secretariat = new Api(port).as("secretariat");
        String name = Applications.unique("Ville de Brest");
        String id = Governance.submitted(secretariat, Applications.submission(name, "FR", "Brest"));
        for (int round = 0; round < 110; round++) {
            Governance.expect(
                    202, secretariat.post(Applications.PATH + "/" + id + "/return", "{\"reason\": \"statutes\"}"));
            Governance.expect(
                    202,
                    secretariat.post(
                            Applications.PATH + "/" + id + "/resubmission",
                            Applications.submission(name, "FR", "Brest")));
        }
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/audit/entities/" + id + "/timeline")
                        .json()
                        .get("entries")
                        .size(),
                size -> size == 221);
        try (Browser browser = Browser.signedIn(port, "auditor")) {
            browser.open("/audit/entities/" + id);
            assertThat(browser.text("#entity-state")).contains("Now, after 221 steps");
            assertThat(browser.driver().findElements(By.cssSelector("#timeline > li")))
                    .hasSize(200);
            browser.press("#timeline-more");
            browser.await(d -> d.findElements(By.cssSelector("#timeline > li")).size() == 221 ? true : null);
            assertThat(browser.find("#timeline-more").isDisplayed()).isFalse();
            assertThat(browser.driver()
                            .findElements(By.cssSelector("#timeline > li"))
                            .getLast()
                            .getText())
                    .contains("The application was resubmitted.");
        }
    }

    /**
     * The registers as they stood on a day and what changed between two days, from the event store: Liverpool, admitted
     * at the April 2019 meeting with effect on 25 April 2019, is in the register on that day and not the day before,
     * and its admission is among the changes of April 2019 and not among those up to the 24th.
     */
    @Test
    void the_registers_as_of_a_day_and_the_changes_between_two_days_name_liverpools_admission() throws Exception {
        awaitTrailHolds("BallotClosed");
        Api auditor = new Api(port).as("auditor");
        assertThat(admissions(auditor.get("/api/audit/changes?from=2019-04-01&to=2019-04-30")
                        .json()))
                .contains("2019-04-25 Liverpool City Region");
        assertThat(admissions(auditor.get("/api/audit/changes?from=2019-04-01&to=2019-04-24")
                        .json()))
                .doesNotContain("2019-04-25 Liverpool City Region");
        assertThat(auditor.get("/api/audit/changes?from=2019-04-30&to=2019-04-01")
                        .json())
                .as("from after to: nothing")
                .isEmpty();
        assertThat(auditor.get("/api/audit/changes?from=someday&to=2019-04-01").status())
                .as("a day that is not one")
                .isEqualTo(400);
        assertThat(new Api(port)
                        .as("ripess")
                        .get("/api/audit/changes?from=2019-04-01&to=2019-04-30")
                        .status())
                .as("only auditors, the Secretariat and operators read the registers' history")
                .isEqualTo(403);
        JsonNode committee = auditor.get("/api/audit/committee").json();
        assertThat(committee.get("seats")).isNotEmpty();
        assertThat(committee.get("standingRules")).isNotEmpty();
        JsonNode before =
                auditor.get("/api/audit/committee?asOf=2000-01-01T00:00:00Z").json();
        assertThat(before.get("seats")).as("no seat was recorded by 2000").isEmpty();
        assertThat(before.get("standingRules")).isEmpty();

        Map<String, String> titles = Map.of(
                "en", "Registers as of a day", "fr", "Les registres à une date", "es", "Los registros en una fecha");
        try (Browser browser = Browser.signedIn(port, "auditor")) {
            browser.open("/audit/registers?on=2019-04-25&from=2019-04-01&to=2019-04-30");
            for (String language : List.of("en", "fr", "es")) {
                browser.chooseLanguage(language);
                assertThat(browser.text("main h1")).isEqualTo(titles.get(language));
                assertThat(browser.text("#changes-table")).contains("Liverpool City Region");
                assertThat(browser.driver().findElements(By.cssSelector("#changes-table [data-change=MemberAdmitted]")))
                        .isNotEmpty();
                assertThat(browser.text("#register-table")).contains("Liverpool City Region");
                assertThat(browser.text("#register-summary") + browser.text("#changes-summary"))
                        .as("days, without a time")
                        .contains("2019")
                        .doesNotContain("00:00");
                assertThat(browser.text("#committee-seats")).isNotBlank();
                assertThat(browser.text("main")).doesNotContain("registers.", "enum.", "undefined", "null");
                assertThat(browser.accessibilityViolations())
                        .as("/audit/registers: WCAG 2.1 AA (axe-core)")
                        .isEmpty();
                browser.screenshot("audit-registers-" + language);
            }
            browser.chooseLanguage("en");
            browser.open("/audit/registers");
            assertThat(browser.text("#committee-seats"))
                    .as("today, as recorded")
                    .contains("ripess");
            assertThat(browser.text("#committee-rules")).contains("Admission");
            // The Committee and the roadmap of 15 October 2019, by the days they took effect, though recorded today.
            browser.open("/audit/registers?on=2019-10-15");
            assertThat(browser.text("#committee-seats")).contains("seoul-city", "bamako-city", "Jan 1, 2019");
            assertThat(browser.text("#roadmap-milestones")).contains("Sign the host agreement (MOU) of GSEF2020");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#roadmap-milestones [data-milestone=host-agreement]"))
                            .getAttribute("data-late"))
                    .as("due on 9 July 2019, not signed by 15 October")
                    .isEqualTo("true");
            browser.open("/audit/registers?on=2019-04-24&from=2019-04-01&to=2019-04-24");
            assertThat(browser.text("#register-summary")).startsWith("On ");
            assertThat(browser.text("main")).doesNotContain("Liverpool City Region");
        }
    }

    /** The admissions among the changes, as "day organisation". */
    private static List<String> admissions(JsonNode changes) {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes) {
            if (change.get("change").asString().equals("MemberAdmitted")) {
                found.add(change.get("on").asString() + " "
                        + change.get("subject").asString());
            }
        }
        return found;
    }

    @Test
    void the_read_models_are_followed_and_rebuilt_from_the_operations_page() throws Exception {
        awaitTrailHolds("BallotClosed");
        try (Browser operator = Browser.signedIn(port, "operator")) {
            operator.open("/audit/operations");
            assertThat(operator.text("#ops-read-models")).contains("audit-trail", "ballots");
            assertThat(operator.text("#ops-dead-letters")).contains("members");
            assertThat(operator.driver().findElements(By.id("rebuild-start")))
                    .as("only the Secretariat rebuilds")
                    .isEmpty();
            assertThat(operator.accessibilityViolations())
                    .as("/audit/operations: WCAG 2.1 AA (axe-core)")
                    .isEmpty();
        }
        try (Browser secretariat = Browser.signedIn(port, "secretariat")) {
            secretariat.open("/audit/operations");
            secretariat.press("#rebuild-start");
            WebElement rebuild = secretariat.await(d -> d.findElements(By.cssSelector("article.rebuild")).stream()
                    .filter(card -> card.getText().contains("Completed"))
                    .findFirst()
                    .orElse(null));
            assertThat(rebuild.getText()).contains("The rebuilt tables are identical to the live ones.");
            assertThat(rebuild.findElement(By.cssSelector("progress")).getAttribute("value"))
                    .isEqualTo(rebuild.findElement(By.cssSelector("progress")).getAttribute("max"));
            secretariat.screenshot("audit-operations-en");
        }
    }

    @Test
    void every_notification_decided_is_in_the_workspace_by_recipient_never_address_linked_to_what_it_concerns()
            throws Exception {
        Api auditor = new Api(port).as("auditor");
        JsonNode all = Eventually.await(
                        () -> auditor.get("/api/notifications/outbox?channel=ALL&limit=200"),
                        r -> r.status() == 200 && r.json().size() > 0)
                .json();
        JsonNode about = null;
        Set<String> channels = new HashSet<>();
        for (JsonNode row : all) {
            channels.add(row.get("channel").asString());
            if (about == null && !row.get("subjectId").isNull()) {
                about = row;
            }
        }
        assertThat(channels).as("e-mails and inbox rows alike").containsExactlyInAnyOrder("EMAIL", "IN_APP");
        assertThat(about).as("a notification about an entity").isNotNull();
        String subject = about.get("subjectId").asString();
        int aboutIt = auditor.get("/api/notifications/outbox?channel=ALL&limit=200&subject=" + subject)
                .json()
                .size();
        assertThat(auditor.get("/api/notifications/outbox?channel=NOPE").status())
                .isEqualTo(400);
        try (Browser browser = Browser.signedIn(port, "auditor")) {
            for (String language : List.of("en", "fr", "es")) {
                browser.chooseLanguage(language);
                browser.open("/audit/notifications");
                assertThat(browser.text("main h1"))
                        .isEqualTo(Map.of("en", "Notifications", "fr", "Notifications", "es", "Notificaciones")
                                .get(language));
                assertThat(browser.driver().findElements(By.cssSelector(".subnav a[href='/audit/notifications']")))
                        .as("linked from the workspace's menu")
                        .hasSize(1);
                String table = browser.text("#notif-table");
                assertThat(table)
                        .contains(about.get("recipient").asString())
                        .contains(Map.of("en", "Inbox", "fr", "Boîte de réception", "es", "Bandeja de entrada")
                                .get(language))
                        .doesNotContain("@example.org");
                assertThat(browser.driver().findElements(By.cssSelector("#notif-table tbody tr")))
                        .as("every notification decided, however many come while the demo settles")
                        .hasSizeGreaterThanOrEqualTo(all.size());
                if (language.equals("en")) {
                    assertThat(browser.accessibilityViolations())
                            .as("/audit/notifications: WCAG 2.1 AA (axe-core)")
                            .isEmpty();
                }
            }
            // From a notification to everything told about the same entity, and to the entity's history.
            browser.chooseLanguage("en");
            browser.open("/audit/notifications?subject=" + subject);
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#notif-table tbody tr"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(aboutIt);
            assertThat(rows)
                    .as("each about that entity, linked to its history")
                    .allSatisfy(row -> assertThat(row.findElements(By.cssSelector("a[data-entity='" + subject + "']")))
                            .hasSize(1));
            assertThat(browser.text("#notif-subject")).contains(subject);
            browser.open("/audit/entities/" + subject);
            assertThat(browser.attribute("#entity-notifications", "href"))
                    .endsWith("/audit/notifications?subject=" + subject);
        }
    }

    private List<Long> positions(Api api, String first, String cursor) {
        List<Long> positions = new ArrayList<>();
        String path = first;
        while (true) {
            JsonNode page = api.get(path).json();
            page.get("entries")
                    .forEach(entry -> positions.add(entry.get("position").asLong()));
            if (page.get("next").isNull()) {
                return positions;
            }
            path = first + "&" + cursor + "=" + page.get("next").asLong();
        }
    }

    private void awaitTrailHolds(String eventType) {
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/audit/trail?eventType=" + eventType + "&limit=10")
                        .json()
                        .get("entries")
                        .size(),
                size -> size > 0);
    }
}
