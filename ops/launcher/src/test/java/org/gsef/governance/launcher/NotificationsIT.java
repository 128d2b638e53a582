package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.notifications.MailDelivery;
import org.gsef.governance.query.notifications.NotificationProcessor;
import org.gsef.governance.query.notifications.Reminders;
import org.gsef.governance.query.notifications.SecretariatDigest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Notifications on PostgreSQL, through a real SMTP server running in the test (GreenMail): the 13 delegates of the
 * 2019 Committee told of a ballot in their language with a link to where they vote, the seats that have not voted
 * reminded, the result to all; a rebuild of the read models and a replay of the notifications processor tell no one
 * again; a mail server that fails, then recovers; an erased contact person; preferences; bad input.
 */
class NotificationsIT {

    private static final String BASE = "https://governance.example.org";

    /** The delegates of the 13 seats of 2019: the chair for the chair's seat, else the account named after it. */
    private static final List<String> DELEGATES = DemoAccounts.SEATS_2019.stream()
            .map(seat -> seat.equals(DemoAccounts.CHAIR_SEAT) ? "chair" : seat)
            .toList();

    private static final Map<String, String> OPENED =
            Map.of("en", "Ballot open: ", "fr", "Scrutin ouvert : ", "es", "Votación abierta: ");

    @Test
    void a_ballot_tells_the_13_delegates_in_their_language_reminds_those_who_have_not_voted_and_the_result_reaches_all()
            throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (RunningApplication app =
                RunningApplication.start(GsefGovernance.class, "notify", arguments(database, port))) {
            Api api = app.api();
            establishCommittee(api);
            String application = Governance.reviewedApplication(api, "Ville de Rabat", "MA", "Rabat");
            String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());

            List<Mail> opened = await(smtp, ballot, "ballot-opened", 13);
            assertThat(opened)
                    .extracting(Mail::to)
                    .as("one message to each delegate")
                    .containsExactlyInAnyOrderElementsOf(
                            DELEGATES.stream().map(DemoAccounts::email).toList());
            for (Mail mail : opened) {
                String delegate = mail.to().substring(0, mail.to().indexOf('@'));
                String language = DemoAccounts.language(delegate).locale().getLanguage();
                assertThat(mail.language()).as(delegate).isEqualTo(language);
                assertThat(mail.subject()).as(delegate).startsWith(OPENED.get(language));
                assertThat(mail.text())
                        .as("the link to where they vote")
                        .contains(BASE + "/admissions#ballot-" + ballot);
                assertThat(mail.html()).contains("href=\"" + BASE + "/admissions#ballot-" + ballot + "\"");
            }
            assertThat(opened.stream()
                            .filter(m -> m.to().startsWith("montreal-city@"))
                            .findFirst()
                            .orElseThrow()
                            .text())
                    .contains("Le scrutin du Comité directeur");
            assertThat(opened.stream()
                            .filter(m -> m.to().startsWith("bilbao-city@"))
                            .findFirst()
                            .orElseThrow()
                            .text())
                    .contains("La votación del Comité Directivo");

            // The overview's "awaiting your vote", and the inbox, for a delegate.
            JsonNode awaiting = api.as("montreal-city")
                    .get("/api/notifications/awaiting-vote")
                    .json();
            assertThat(awaiting.findValuesAsString("ballotId")).contains(ballot);
            JsonNode inbox =
                    api.as("montreal-city").get("/api/notifications/inbox").json();
            assertThat(inbox.get("unread").asLong()).isEqualTo(1);
            assertThat(inbox.get("items").get(0).get("subject").asString()).startsWith("Scrutin ouvert : ");

            // Seven seats vote; the other six are reminded, and only they.
            List<String> voters = DemoAccounts.SEATS_2019.subList(0, 7);
            for (String seat : voters) {
                String delegate = seat.equals(DemoAccounts.CHAIR_SEAT) ? "chair" : seat;
                Governance.expect(202, Governance.vote(api, delegate, ballot, seat, "YES"));
            }
            for (String seat : voters) {
                String delegate = seat.equals(DemoAccounts.CHAIR_SEAT) ? "chair" : seat;
                Eventually.await(
                        () -> api.as(delegate).get("/api/notifications/awaiting-vote"),
                        r -> !r.json().findValuesAsString("ballotId").contains(ballot));
            }
            app.bean(Reminders.class).remindDue();
            List<Mail> reminders = await(smtp, ballot, "ballot-reminder", 6);
            assertThat(reminders)
                    .extracting(Mail::to)
                    .containsExactlyInAnyOrderElementsOf(DELEGATES.subList(7, 13).stream()
                            .map(DemoAccounts::email)
                            .toList());
            app.bean(Reminders.class).remindDue();

            // The result reaches every delegate and the Secretariat, with the tally and the outcome.
            Governance.expect(202, api.as("chair").post("/api/ballots/" + ballot + "/closing", ""));
            List<Mail> closed = await(smtp, ballot, "ballot-closed", 14);
            List<String> everyone =
                    new ArrayList<>(DELEGATES.stream().map(DemoAccounts::email).toList());
            everyone.add(DemoAccounts.email("secretariat"));
            assertThat(closed).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(everyone);
            Mail toSecretariat = closed.stream()
                    .filter(m -> m.to().startsWith("secretariat@"))
                    .findFirst()
                    .orElseThrow();
            assertThat(toSecretariat.subject()).contains("(passed)");
            assertThat(toSecretariat.text())
                    .contains("Yes 7, no 0, abstentions 0")
                    .contains(BASE + "/committee#decision-" + ballot);
            Mail toBamako = closed.stream()
                    .filter(m -> m.to().startsWith("bamako-city@"))
                    .findFirst()
                    .orElseThrow();
            assertThat(toBamako.text()).contains("Pour 7, contre 0, abstentions 0");

            int messages = smtp.getReceivedMessages().length;
            int rows = api.as("auditor")
                    .get("/api/notifications/outbox?limit=200")
                    .json()
                    .size();
            assertThat(messages).isEqualTo(13 + 6 + 14);

            // A rebuild of the read models, promoted: nothing is sent again.
            Api.Response started = api.as("secretariat").post("/api/read-models/rebuilds", "{}");
            Governance.expect(202, started);
            String rebuild = "/api/read-models/rebuilds/"
                    + started.json().get("rebuildId").asString();
            JsonNode done = Eventually.await(
                            Duration.ofSeconds(120),
                            () -> api.as("auditor").get(rebuild),
                            r -> !r.json().get("status").asString().equals("RUNNING"))
                    .json();
            assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
            Governance.expect(200, api.as("secretariat").post(rebuild + "/promotion", ""));

            // The notifications processor replayed from the start: it decides everything again, and tells no one twice.
            StreamingEventProcessor processor = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor(NotificationProcessor.PROCESSOR, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            Eventually.await(
                    Duration.ofSeconds(60),
                    () -> processor.processingStatus(),
                    status -> !status.isEmpty()
                            && status.values().stream()
                                    .allMatch(s -> s.isCaughtUp()
                                            && s.getCurrentPosition().orElse(-1)
                                                    >= s.getResetPosition().orElse(0)));
            app.bean(Reminders.class).remindDue();
            app.bean(MailDelivery.class).sendDue();
            Thread.sleep(1000);
            assertThat(smtp.getReceivedMessages()).hasSize(messages);
            assertThat(api.as("auditor")
                            .get("/api/notifications/outbox?limit=200")
                            .json()
                            .size())
                    .isEqualTo(rows);
            assertThat(api.as("auditor")
                            .get("/api/notifications/outbox?subject=" + ballot)
                            .json()
                            .toString())
                    .as("the outbox names recipients, never their address")
                    .contains("\"recipient\":\"montreal-city\"", "\"template\":\"ballot-opened\"")
                    .doesNotContain("@example.org");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void a_failing_mail_server_leads_to_retries_then_dead_letters_and_a_metric_and_recovery_sends_the_rest()
            throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        int port = freePort();
        String[] arguments = Stream.concat(
                        Stream.of(arguments(database, port)),
                        Stream.of("--gsef.notifications.max-attempts=3", "--gsef.notifications.first-retry=200ms"))
                .toArray(String[]::new);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (RunningApplication app = RunningApplication.start(GsefGovernance.class, "notify-fail", arguments)) {
            Api api = app.api();
            establishCommittee(api);
            String application = Governance.reviewedApplication(api, "Ville de Tunis", "TN", "Tunis");
            String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());

            Api operator = api.as("operator");
            JsonNode letters = Eventually.await(
                            Duration.ofSeconds(60),
                            () -> operator.get("/api/notifications/dead-letters"),
                            r -> r.json().size() == 13)
                    .json();
            for (JsonNode letter : letters) {
                assertThat(letter.get("attempts").asInt()).isEqualTo(3);
                assertThat(letter.get("lastError").asString()).contains("MailSendException");
                assertThat(letter.get("notification").get("status").asString()).isEqualTo("DEAD");
            }
            Eventually.await(
                    () -> operator.get("/actuator/prometheus"),
                    r -> r.body().contains("gsef_notifications_dead_letters{application=\"notify-fail\"} 13.0"));
            assertThat(operator.get("/actuator/prometheus").body())
                    .contains("gsef_notifications_dead_total{application=\"notify-fail\"} 13.0")
                    .contains("gsef_notifications_failed_total{application=\"notify-fail\"} 39.0");
            Governance.expect(403, api.as("ripess").post("/api/notifications/dead-letters/retries", ""));

            smtp.start();
            assertThat(operator.post("/api/notifications/dead-letters/retries", "")
                            .json()
                            .get("retried")
                            .asInt())
                    .isEqualTo(13);
            List<Mail> opened = await(smtp, ballot, "ballot-opened", 13);
            assertThat(opened).extracting(Mail::to).doesNotHaveDuplicates().hasSize(13);
            assertThat(operator.get("/api/notifications/dead-letters").json().size())
                    .isZero();

            // What comes after the recovery is sent at once.
            Governance.expect(202, api.as("chair").post("/api/ballots/" + ballot + "/cancellation", """
                    {"reason": "the application was withdrawn"}"""));
            List<Mail> cancelled = await(smtp, ballot, "ballot-cancelled", 13);
            assertThat(cancelled.get(0).text()).contains("the application was withdrawn");
            assertThat(operator.get("/api/notifications/dead-letters").json().size())
                    .isZero();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void an_erased_contact_is_told_nothing_and_the_record_says_why_and_preferences_are_respected() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // With the 2019 seed, whose GSEF2020 roadmap has milestones overdue today, for the Secretariat's digest.
        String[] arguments = Stream.concat(
                        Stream.of(arguments(database, port)), Stream.of("--gsef.seed.load-on-start=true"))
                .toArray(String[]::new);
        try (RunningApplication app = RunningApplication.start(GsefGovernance.class, "notify-prefs", arguments)) {
            Api api = app.api();
            Api secretariat = api.as("secretariat");

            // Bad input: problem details in the caller's language, never a 500.
            Api avpn = api.as("avpn");
            Api.Response unknownKind = avpn.inLanguage("fr")
                    .send("PUT", "/api/notifications/preferences", "{\"email\": {\"NOPE\": false}}");
            assertThat(unknownKind.status()).isEqualTo(400);
            assertThat(unknownKind.contentType()).startsWith("application/problem+json");
            assertThat(unknownKind.json().get("detail").asString()).contains("NOPE");
            assertThat(avpn.send("PUT", "/api/notifications/preferences", "{\"language\": \"KLINGON\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(avpn.send("PUT", "/api/notifications/preferences", "{\"email\": ")
                            .status())
                    .isEqualTo(400);
            assertThat(avpn.post("/api/notifications/inbox/not-an-id/read", "").status())
                    .isEqualTo(400);
            Api.Response unknown = avpn.post("/api/notifications/inbox/" + java.util.UUID.randomUUID() + "/read", "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(api.get("/api/notifications/inbox").status()).isEqualTo(401);
            assertThat(api.as("ripess").get("/api/notifications/outbox").status())
                    .isEqualTo(403);

            // avpn reads Spanish, and ballots opened in the pages only.
            JsonNode settings =
                    avpn.send("PUT", "/api/notifications/preferences", """
                            {"language": "SPANISH", "email": {"BALLOT_OPENED": false}}""").json();
            assertThat(settings.get("language").asString()).isEqualTo("SPANISH");
            assertThat(settings.get("email").get("BALLOT_OPENED").asBoolean()).isFalse();
            assertThat(settings.get("email").get("BALLOT_CLOSED").asBoolean()).isTrue();

            // An applicant's contact person is told of its stage in the application's language, then erased.
            String application = Governance.submitted(secretariat, """
                    {"organisationName": "Ville de Rabat", "kind": "LOCAL_GOVERNMENT", "country": "MA",
                     "region": "AFRICA", "city": "Rabat", "preferredLanguage": "FRENCH",
                     "contact": {"name": "Sam Example", "email": "sam@example.org"}}""");
            List<Mail> submitted = await(smtp, "Ville de Rabat", "application-stage", 1);
            assertThat(submitted.get(0).to()).isEqualTo("sam@example.org");
            assertThat(submitted.get(0).language()).isEqualTo("fr");
            assertThat(submitted.get(0).subject()).isEqualTo("Votre demande d'adhésion au GSEF : déposée");
            String path = Applications.PATH + "/" + application;
            Governance.expect(202, secretariat.post(path + "/contact/erasure", "{\"reason\": \"request\"}"));
            Governance.expect(202, secretariat.post(path + "/review", ""));
            JsonNode records = Eventually.await(
                            () -> api.as("auditor").get("/api/notifications/outbox?subject=" + application),
                            r -> r.json().size() == 2)
                    .json();
            assertThat(records.get(0).get("recipient").asString()).isEqualTo("application:" + application);
            assertThat(records.get(0).get("status").asString()).isEqualTo("SENT");
            assertThat(records.get(1).get("status").asString()).isEqualTo("WITHHELD");
            assertThat(records.get(1).get("statusReason").asString()).contains("erased");
            assertThat(records.toString()).doesNotContain("sam@example.org");

            // A ballot: every delegate by e-mail but avpn, who finds it in the inbox, in Spanish.
            establishCommittee(api);
            String other = Governance.reviewedApplication(api, "Kampala Capital City Authority", "UG", "Kampala");
            String ballot = Governance.writtenAdmissionBallot(api, other, Governance.writtenDeadline());
            List<Mail> opened = await(smtp, ballot, "ballot-opened", 12);
            assertThat(opened).extracting(Mail::to).doesNotContain(DemoAccounts.email("avpn"));
            JsonNode inbox = Eventually.await(
                            () -> avpn.get("/api/notifications/inbox"),
                            r -> r.json().get("unread").asLong() == 1)
                    .json();
            JsonNode item = inbox.get("items").get(0);
            assertThat(item.get("subject").asString()).startsWith("Votación abierta: ");
            assertThat(item.get("link").asString()).isEqualTo(BASE + "/admissions#ballot-" + ballot);
            Governance.expect(
                    204, avpn.post("/api/notifications/inbox/" + item.get("id").asString() + "/read", ""));
            assertThat(avpn.get("/api/notifications/inbox").json().get("unread").asLong())
                    .isZero();
            Thread.sleep(1000);
            assertThat(mails(smtp, ballot, "ballot-opened")).hasSize(12);

            // The Secretariat's daily digest names each overdue milestone, once a day however often it is written.
            int items = app.bean(SecretariatDigest.class).writeToday();
            assertThat(items).isPositive();
            List<Mail> digest = await(smtp, "- ", "secretariat-digest", 1);
            assertThat(digest.get(0).to()).isEqualTo(DemoAccounts.email("secretariat"));
            assertThat(digest.get(0).text().lines().filter(line -> line.startsWith("- ")))
                    .hasSize(items);
            assertThat(app.bean(SecretariatDigest.class).writeToday()).isEqualTo(items);
            app.bean(MailDelivery.class).sendDue();
            assertThat(mails(smtp, "- ", "secretariat-digest")).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void a_meeting_moved_given_its_agenda_and_cancelled_tells_the_delegates_and_the_calendar_and_others_are_refused()
            throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (RunningApplication app =
                RunningApplication.start(GsefGovernance.class, "notify-meetings", arguments(database, port))) {
            Api api = app.api();
            Api secretariat = api.as("secretariat");
            establishCommittee(api);
            java.time.LocalDate day =
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(40);
            Api.Response scheduled = secretariat.post("/api/meetings", """
                    {"title": "Autumn Steering Committee", "startsOn": "%s", "format": "ONLINE",
                     "location": "Online", "agenda": ["GSEF2020"]}""".formatted(day));
            Governance.expect(201, scheduled);
            String meeting = scheduled.json().get("id").asString();
            await(smtp, "Autumn Steering Committee", "meeting-scheduled", 13);

            // Moved: every delegate, in their language, with the new day, the reason and the link to the meeting.
            java.time.LocalDate moved = day.plusDays(7);
            Governance.expect(
                    202, secretariat.post("/api/meetings/" + meeting + "/rescheduling", """
                    {"startsOn": "%s", "reason": "the venue is closed"}""".formatted(moved)));
            List<Mail> movedMails = await(smtp, "Autumn Steering Committee", "meeting-moved", 13);
            assertThat(movedMails)
                    .extracting(Mail::to)
                    .containsExactlyInAnyOrderElementsOf(
                            DELEGATES.stream().map(DemoAccounts::email).toList());
            for (Mail mail : movedMails) {
                String delegate = mail.to().substring(0, mail.to().indexOf('@'));
                String language = DemoAccounts.language(delegate).locale().getLanguage();
                assertThat(mail.language()).as(delegate).isEqualTo(language);
                assertThat(mail.subject())
                        .as(delegate)
                        .startsWith(Map.of(
                                        "en",
                                        "Meeting moved: ",
                                        "fr",
                                        "Réunion déplacée : ",
                                        "es",
                                        "Reunión trasladada: ")
                                .get(language));
                assertThat(mail.text())
                        .contains(moved.toString(), "the venue is closed", BASE + "/committee#meeting-" + meeting);
            }
            Eventually.await(
                    () -> secretariat.get("/api/meetings/" + meeting),
                    r -> r.json().get("startsOn").asString().equals(moved.toString()));

            Governance.expect(202, secretariat.send("PUT", "/api/meetings/" + meeting + "/agenda", """
                    {"agenda": ["GSEF2020 roadmap", "Admissions"]}"""));
            List<Mail> agenda = await(smtp, "Autumn Steering Committee", "agenda-published", 13);
            assertThat(agenda.get(0).text()).contains("GSEF2020 roadmap; Admissions");

            // Nobody but the Secretariat cancels; refusals are problem details in the caller's language.
            Api.Response byChair = api.as("chair")
                    .inLanguage("fr")
                    .post("/api/meetings/" + meeting + "/cancellation", "{\"reason\": \"no\"}");
            assertThat(byChair.status()).isEqualTo(403);
            assertThat(byChair.contentType()).startsWith("application/problem+json");
            Governance.expect(
                    403, api.as("ripess").post("/api/meetings/" + meeting + "/cancellation", "{\"reason\": \"no\"}"));
            assertThat(secretariat
                            .post("/api/meetings/" + meeting + "/cancellation", "{\"reason\": \"  \"}")
                            .status())
                    .as("a cancellation gives its reason")
                    .isEqualTo(400);

            // A poison event (a cancellation with no reason, which no command can record) is recorded and skipped:
            // the processor goes on, and tells about the next event.
            String poison = java.util.UUID.randomUUID().toString();
            app.bean(org.axonframework.eventsourcing.eventstore.EventStore.class)
                    .publish(new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                            "Meeting",
                            poison,
                            0,
                            new org.gsef.governance.kernel.committee.MeetingEvent.MeetingCancelled(
                                    java.util.UUID.fromString(poison), null, java.time.Instant.now())));
            Api operator = api.as("operator");
            JsonNode failures = Eventually.await(
                            () -> operator.get("/api/notifications/failures"),
                            r -> r.status() == 200 && r.json().size() == 1)
                    .json();
            assertThat(failures.get(0).get("eventType").asString()).endsWith("MeetingCancelled");
            assertThat(failures.get(0).get("error").asString()).contains("NullPointerException");
            assertThat(failures.get(0).get("eventId").asString()).isNotBlank();
            assertThat(operator.get("/actuator/prometheus").body())
                    .contains("gsef_notifications_undecided_events{application=\"notify-meetings\"} 1.0")
                    .contains("gsef_notifications_undecided_total{application=\"notify-meetings\"} 1.0");
            Governance.expect(403, api.as("ripess").get("/api/notifications/failures"));

            Governance.expect(202, secretariat.post("/api/meetings/" + meeting + "/cancellation", """
                    {"reason": "no quorum expected"}"""));
            List<Mail> cancelled = await(smtp, "Autumn Steering Committee", "meeting-cancelled", 13);
            assertThat(cancelled.get(0).text()).contains("no quorum expected");
            JsonNode view = Eventually.await(
                            () -> secretariat.get("/api/meetings/" + meeting),
                            r -> r.json().get("status").asString().equals("CANCELLED"))
                    .json();
            assertThat(view.get("statusReason").asString()).isEqualTo("no quorum expected");
            assertThat(view.get("agenda").toString()).contains("GSEF2020 roadmap");

            Api.Response twice = secretariat
                    .inLanguage("es")
                    .post("/api/meetings/" + meeting + "/cancellation", "{\"reason\": \"again\"}");
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.contentType()).startsWith("application/problem+json");
            assertThat(twice.json().get("title").asString()).isEqualTo("Reunión cancelada");
            assertThat(secretariat
                            .post("/api/meetings/" + meeting + "/rescheduling", """
                                    {"startsOn": "%s", "reason": "revived"}""".formatted(moved.plusDays(1)))
                            .status())
                    .isEqualTo(409);

            // The calendar keeps the meeting, on its new day, marked cancelled.
            String address = api.as("bilbao-city")
                    .post("/api/calendar/feed", "")
                    .json()
                    .get("address")
                    .asString();
            String feed = new Api(app.port()).get(address).body().replace("\r\n ", "");
            String event = Stream.of(feed.split("BEGIN:VEVENT"))
                    .filter(block -> block.contains("UID:meeting-" + meeting))
                    .findFirst()
                    .orElseThrow();
            assertThat(event)
                    .contains("STATUS:CANCELLED")
                    .contains("DTSTART;VALUE=DATE:" + moved.toString().replace("-", ""));
            Thread.sleep(1000);
            assertThat(mails(smtp, "Autumn Steering Committee", "meeting-cancelled"))
                    .as("told once")
                    .hasSize(13);
            assertThat(operator.get("/api/notifications/failures").json().size())
                    .as("only the poison event failed")
                    .isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }

    private static String[] arguments(PostgresTestDatabase database, int smtpPort) {
        return Stream.concat(
                        Stream.of(database.arguments()),
                        Stream.of(
                                "--gsef.notifications.smtp.host=127.0.0.1",
                                "--gsef.notifications.smtp.port=" + smtpPort,
                                "--gsef.notifications.smtp.tls=false",
                                "--gsef.notifications.smtp.from=governance@example.org",
                                "--gsef.notifications.base-url=" + BASE,
                                "--gsef.notifications.send-interval=200ms",
                                // A reminder is due as soon as a ballot opens; the test asks for them when it wants.
                                "--gsef.notifications.reminder-before=9d",
                                "--gsef.notifications.reminder-check=1h"))
                .toArray(String[]::new);
    }

    /** The 13 seats of 2019, each with its delegate appointed. */
    private static void establishCommittee(Api api) {
        Api secretariat = api.as("secretariat");
        for (String seat : DemoAccounts.SEATS_2019) {
            String office = seat.equals(DemoAccounts.CHAIR_SEAT) ? "CHAIR" : "VICE_CHAIR";
            Api.Response response = secretariat.post("/api/committee/seats", """
                    {"seat": "%s", "organisationName": "Holder of %s", "office": "%s"}""".formatted(seat, seat, office));
            if (response.status() != 201 && response.status() != 409) {
                throw new AssertionError("seat " + seat + ": " + response);
            }
            Governance.appoint(api, seat, seat.equals(DemoAccounts.CHAIR_SEAT) ? "chair" : seat);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A message as its recipient reads it. */
    record Mail(String to, String subject, String language, String template, String text, String html) {}

    /** Waits until the server has exactly this many messages of the template that mention {@code about}. */
    private static List<Mail> await(GreenMail smtp, String about, String template, int count) {
        List<Mail> found = Eventually.await(
                Duration.ofSeconds(60), () -> mails(smtp, about, template), mails -> mails.size() >= count);
        assertThat(found).as(template).hasSize(count);
        return found;
    }

    private static List<Mail> mails(GreenMail smtp, String about, String template) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (!template.equals(message.getHeader("X-GSEF-Template", null))) {
                    continue;
                }
                Map<String, String> parts = new HashMap<>();
                parts(message, parts);
                String text = parts.getOrDefault("text/plain", "");
                if (!text.contains(about)) {
                    continue;
                }
                mails.add(new Mail(
                        message.getAllRecipients()[0].toString(),
                        message.getSubject(),
                        message.getHeader("Content-Language", null),
                        template,
                        text,
                        parts.getOrDefault("text/html", "")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return mails;
    }

    private static void parts(Part part, Map<String, String> parts) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts(multipart.getBodyPart(i), parts);
            }
        } else if (content instanceof String text) {
            parts.put(part.isMimeType("text/html") ? "text/html" : "text/plain", text);
        }
    }
}
