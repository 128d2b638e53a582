package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calendar feeds of issue #19 over the demo's 2019 record on PostgreSQL, each read back with ical4j's parser as a
 * calendar application would: the public feed holds the program of activities, the tentative ones marked TENTATIVE;
 * a private feed address works without a session and holds what its user's roles may read (the Committee's meetings
 * and ballot deadlines, in UTC, for a delegate; the roadmap and the program only for an operator); every feed speaks
 * English, French or Spanish; a revoked or replaced address, and any unknown one, answers 404.
 */
@SingleNodeOnPostgres(properties = "gsef.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedsIT {

    static final Map<String, String> LANGUAGES = Map.of("en", "ENGLISH", "fr", "FRENCH", "es", "SPANISH");

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    Api anyone;
    JsonNode activities;

    /** An event as a calendar application reads it. */
    record Event(String uid, String summary, String language, String status, String start, String startType) {

        String subject() {
            return uid.substring(uid.indexOf('-') + 1, uid.indexOf('@'));
        }
    }

    @BeforeAll
    void the_demo_record_is_projected() {
        anyone = new Api(port);
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/ballots?status=OPEN"), r -> r.json().size() > 0);
        Eventually.await(() -> auditor.get("/api/meetings"), r -> r.json().size() == 4);
        Eventually.await(
                () -> auditor.get("/api/public/translations"), r -> r.json().has("SPANISH"));
        activities = Eventually.await(
                        () -> auditor.get("/api/public/activities?limit=200"),
                        r -> r.json().size() > 30)
                .json();
    }

    @Test
    void the_public_feed_holds_the_program_with_its_tentative_entries_in_each_language() throws Exception {
        JsonNode translations = anyone.get("/api/public/translations").json();
        Set<String> names = new java.util.HashSet<>();
        for (String lang : LANGUAGES.keySet()) {
            Api.Response response = anyone.get("/api/public/calendar?lang=" + lang);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/calendar");
            Calendar calendar = parse(response.body());
            names.add(
                    calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow());
            List<Event> events = events(calendar);

            assertThat(events).as("one event per activity, and nothing else").hasSize(activities.size());
            assertThat(events).allSatisfy(event -> assertThat(event.uid()).startsWith("activity-"));
            assertThat(events).allSatisfy(event -> assertThat(event.language()).isEqualTo(lang));
            for (JsonNode activity : activities) {
                Event event = events.stream()
                        .filter(e ->
                                e.subject().equals(activity.get("activityId").asString()))
                        .findFirst()
                        .orElseThrow();
                String expected = activity.get("status").asString().equals("CANCELLED")
                        ? "CANCELLED"
                        : activity.get("toBeConfirmed").asBoolean()
                                        || activity.get("monthOnly").asBoolean()
                                ? "TENTATIVE"
                                : "CONFIRMED";
                assertThat(event.status()).as(activity.toString()).isEqualTo(expected);
                assertThat(event.startType()).as("a day, not a time").isEqualTo("DATE");
                assertThat(event.start())
                        .isEqualTo(activity.get("from").asString().replace("-", ""));
                JsonNode translated = translations
                        .path(LANGUAGES.get(lang))
                        .path(activity.get("activityId").asString())
                        .path("title");
                assertThat(event.summary())
                        .isEqualTo(
                                lang.equals("en") || translated.isMissingNode()
                                        ? activity.get("title").asString()
                                        : translated.asString());
            }
            assertThat(events).extracting(Event::status).contains("TENTATIVE", "CONFIRMED");
        }
        assertThat(names).as("the calendar's name in each language").hasSize(3);
        assertThat(translations.path("FRENCH").size())
                .as("the record has French titles")
                .isPositive();
    }

    @Test
    void a_delegates_private_feed_has_meetings_and_ballot_deadlines_in_utc_without_a_session() throws Exception {
        Api delegate = new Api(port).as("bilbao-city");
        Api.Response made = delegate.post("/api/calendar/feed?lang=es", "");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String address = made.json().get("address").asString();
        assertThat(address).startsWith("/api/calendar/feeds/");
        assertThat(delegate.get("/api/calendar/feed").json().get("address").isNull())
                .as("the address is shown once, when made")
                .isTrue();

        Api.Response feed = anyone.get(address);
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        List<Event> events = events(parse(feed.body()));
        assertThat(events)
                .extracting(event -> event.uid().substring(0, event.uid().indexOf('-')))
                .contains("meeting", "ballot", "milestone", "activity");
        assertThat(events).allSatisfy(event -> assertThat(event.language()).isEqualTo("es"));

        JsonNode meetings = delegate.get("/api/meetings").json();
        JsonNode spanish =
                anyone.get("/api/public/translations?language=SPANISH").json().get("SPANISH");
        for (JsonNode meeting : meetings) {
            Event event = only(events, "meeting-" + meeting.get("meetingId").asString());
            assertThat(event.summary())
                    .isEqualTo(spanish.path(meeting.get("meetingId").asString())
                            .path("title")
                            .asString(meeting.get("title").asString()));
            assertThat(event.start())
                    .isEqualTo(meeting.get("startsOn").asString().replace("-", ""));
        }

        JsonNode open = delegate.get("/api/ballots?status=OPEN").json();
        for (JsonNode ballot : open) {
            if (ballot.get("closesAt").isNull()) {
                continue;
            }
            Event event = only(events, "ballot-" + ballot.get("ballotId").asString());
            String deadline = OffsetDateTime.parse(ballot.get("closesAt").asString())
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
            assertThat(event.start()).as("the deadline, in UTC").isEqualTo(deadline);
            assertThat(event.startType()).isNotEqualTo("DATE");
            assertThat(event.summary()).startsWith("Cierre de la votación: ");
        }
        assertThat(open)
                .anySatisfy(
                        ballot -> assertThat(ballot.get("closesAt").isNull()).isFalse());

        Api.Response english = anyone.get(address + "?lang=en");
        assertThat(events(parse(english.body())))
                .filteredOn(event -> event.uid().startsWith("ballot-"))
                .allSatisfy(event -> assertThat(event.summary()).startsWith("Ballot closes: "));
    }

    @Test
    void a_feed_holds_only_what_its_users_roles_may_read() throws Exception {
        for (String reader : List.of("operator", "liverpool")) {
            Api.Response made = new Api(port).as(reader).post("/api/calendar/feed", "");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            List<Event> events = events(
                    parse(anyone.get(made.json().get("address").asString()).body()));
            assertThat(events)
                    .as(reader + " may read neither the Committee's meetings nor its ballots")
                    .noneMatch(event ->
                            event.uid().startsWith("meeting-") || event.uid().startsWith("ballot-"))
                    .anyMatch(event -> event.uid().startsWith("milestone-"))
                    .anyMatch(event -> event.uid().startsWith("activity-"));
            assertThat(new Api(port).as(reader).get("/api/meetings").status())
                    .as("the API's own rule agrees")
                    .isEqualTo(403);
        }
        Api.Response auditor = new Api(port).as("auditor").post("/api/calendar/feed", "");
        assertThat(auditor.status())
                .as("a reader who sends no command makes its feed too")
                .isEqualTo(201);
        assertThat(events(parse(
                        anyone.get(auditor.json().get("address").asString()).body())))
                .anyMatch(event -> event.uid().startsWith("meeting-"));
        assertThat(anyone.post("/api/calendar/feed", "").status())
                .as("not signed in")
                .isEqualTo(401);
    }

    @Test
    void a_revoked_or_replaced_address_and_any_unknown_one_answer_404() throws Exception {
        Api chair = new Api(port).as("chair");
        String first =
                chair.post("/api/calendar/feed", "").json().get("address").asString();
        assertThat(anyone.get(first).status()).isEqualTo(200);
        String second =
                chair.post("/api/calendar/feed", "").json().get("address").asString();
        assertThat(anyone.get(first).status()).as("replaced").isEqualTo(404);
        assertThat(anyone.get(second).status()).isEqualTo(200);

        String secret = second.substring(second.lastIndexOf('/') + 1);
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT token_hash FROM calendar_feed WHERE user_id = 'chair'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1))
                    .as("only the secret's SHA-256 is kept")
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(secret.getBytes(StandardCharsets.US_ASCII))))
                    .doesNotContain(secret);
        }

        assertThat(chair.send("DELETE", "/api/calendar/feed", "").status()).isEqualTo(204);
        assertThat(anyone.get(second).status()).as("revoked").isEqualTo(404);
        assertThat(chair.get("/api/calendar/feed").json().get("exists").asBoolean())
                .isFalse();
        assertThat(chair.send("DELETE", "/api/calendar/feed", "").status())
                .as("nothing to revoke")
                .isEqualTo(404);

        List<String> unknown = new ArrayList<>(List.of(
                "/api/calendar/feeds/nonsense",
                "/api/calendar/feeds/" + "A".repeat(43),
                "/api/calendar/feeds/" + secret.substring(1) + "x",
                "/api/calendar/feeds/%00",
                "/api/calendar/feeds/" + "%C3%A9".repeat(43)));
        for (String path : unknown) {
            for (Api caller : List.of(anyone, anyone.withHeader("Accept", "text/calendar"))) {
                Api.Response answer = caller.get(path);
                assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(400, 404);
            }
        }
        Api.Response badLanguage = anyone.get("/api/public/calendar?lang=de");
        assertThat(badLanguage.status()).as(badLanguage.body()).isEqualTo(400);
    }

    @Test
    void the_overview_makes_shows_and_revokes_the_address_in_each_language() throws Exception {
        Map<String, String> made = Map.of(
                "en",
                "Make my feed address",
                "fr",
                "Créer mon adresse de flux",
                "es",
                "Crear mi dirección de calendario");
        try (Browser delegate = Browser.signedIn(port, "mexico-city")) {
            delegate.open("/");
            for (String lang : List.of("fr", "es", "en")) {
                delegate.chooseLanguage(lang);
                assertThat(delegate.text("#feed-make")).isEqualTo(made.get(lang));
                assertThat(delegate.attribute("[data-testid=public-feed]", "href"))
                        .endsWith("/api/public/calendar?lang=" + lang);
                assertThat(delegate.accessibilityViolations()).as(lang).isEmpty();
            }
            delegate.press("#feed-make");
            String address = delegate.await(d -> {
                var fields = d.findElements(org.openqa.selenium.By.id("feed-address"));
                return fields.isEmpty() ? null : fields.getFirst().getAttribute("value");
            });
            assertThat(address).contains("/api/calendar/feeds/");
            String path = address.substring(address.indexOf("/api/"));
            Api.Response feed = anyone.get(path);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(events(parse(feed.body()))).anyMatch(event -> event.uid().startsWith("meeting-"));
            assertThat(delegate.accessibilityViolations()).isEmpty();
            delegate.screenshot("calendar-feed-made");

            delegate.press("#feed-revoke");
            delegate.press("#confirm-ok");
            delegate.await(d ->
                    d.findElements(org.openqa.selenium.By.id("feed-revoke")).isEmpty() ? true : null);
            assertThat(anyone.get(path).status()).as("revoked from the page").isEqualTo(404);
        }
    }

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar;
    }

    private static List<Event> events(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .map(event -> {
                    Property summary = event.getProperty("SUMMARY").orElseThrow();
                    Property start = event.getProperty("DTSTART").orElseThrow();
                    return new Event(
                            event.getProperty("UID").map(Property::getValue).orElseThrow(),
                            summary.getValue(),
                            summary.getParameter("LANGUAGE")
                                    .map(Parameter::getValue)
                                    .orElse(null),
                            event.getProperty("STATUS").map(Property::getValue).orElse(null),
                            start.getValue(),
                            start.getParameter("VALUE").map(Parameter::getValue).orElse("DATE-TIME"));
                })
                .collect(Collectors.toList());
    }

    private static Event only(List<Event> events, String uidPrefix) {
        List<Event> found = events.stream()
                .filter(event -> event.uid().startsWith(uidPrefix + "@"))
                .toList();
        assertThat(found).as(uidPrefix).hasSize(1);
        return found.getFirst();
    }
}
