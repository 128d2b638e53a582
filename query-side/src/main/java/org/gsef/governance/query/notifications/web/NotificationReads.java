package org.gsef.governance.query.notifications.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.web.ProblemDetailsAdvice;
import org.gsef.governance.query.notifications.Channel;
import org.gsef.governance.query.notifications.DeliveryStatus;
import org.gsef.governance.query.notifications.Inbox;
import org.gsef.governance.query.notifications.MailDelivery;
import org.gsef.governance.query.notifications.NotificationKind;
import org.gsef.governance.query.notifications.OutboxEntry;
import org.gsef.governance.query.notifications.UndecidedEvents;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications: each signed-in user's inbox and preferences, the ballots awaiting a delegate's vote, and for auditors,
 * operators and the Secretariat the outbox (to whom, which template, when; never an address) and its dead letters.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationReads {

    private final Inbox inbox;
    private final MailDelivery delivery;
    private final Clock clock;
    private final UndecidedEvents undecided;

    NotificationReads(Inbox inbox, MailDelivery delivery, Clock clock, UndecidedEvents undecided) {
        this.undecided = undecided;
        this.inbox = inbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    Inbox.Page mine(@RequestParam(defaultValue = "50") int limit) {
        Actor actor = ReadAccess.signedIn();
        return inbox.of(actor.userId(), ReadAccess.page(0, limit));
    }

    /** Marks one of the reader's notifications read; another's, or none, is 404. */
    @PostMapping("/inbox/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        Actor actor = ReadAccess.signedIn();
        if (!inbox.markRead(actor.userId(), id, clock.instant())) {
            throw new ProblemDetailsAdvice.NotFound("notification");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/inbox/read")
    Map<String, Integer> readAll() {
        Actor actor = ReadAccess.signedIn();
        return Map.of("read", inbox.markAllRead(actor.userId(), clock.instant()));
    }

    /** The open ballots the delegate's seat has not voted on yet. */
    @GetMapping("/awaiting-vote")
    List<Inbox.Awaiting> awaitingVote() {
        Actor actor = ReadAccess.signedIn();
        return actor.seat() == null ? List.of() : inbox.awaitingVote(actor.seat());
    }

    @GetMapping("/preferences")
    Inbox.Settings preferences() {
        return inbox.settings(ReadAccess.signedIn().userId());
    }

    /**
     * @param language ENGLISH, FRENCH or SPANISH; null keeps the current one
     * @param email per kind of notification, true for e-mail and the pages, false for the pages only
     */
    record PreferencesChange(String language, Map<String, Boolean> email) {}

    @PutMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    Inbox.Settings change(@RequestBody PreferencesChange change) {
        Actor actor = ReadAccess.signedIn();
        if (change == null) {
            throw new IllegalArgumentException("send a language, e-mail choices by kind, or both");
        }
        OfficialLanguage language = null;
        if (change.language() != null) {
            try {
                language = OfficialLanguage.valueOf(change.language().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("language must be ENGLISH, FRENCH or SPANISH");
            }
        }
        Map<NotificationKind, Boolean> email = new EnumMap<>(NotificationKind.class);
        if (change.email() != null) {
            change.email().forEach((kind, on) -> {
                NotificationKind known;
                try {
                    known = NotificationKind.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown kind of notification: " + kind + " (one of "
                            + List.of(NotificationKind.values()) + ")");
                }
                if (on == null) {
                    throw new IllegalArgumentException("say true or false for " + kind);
                }
                email.put(known, on);
            });
        }
        return inbox.change(actor.userId(), language, email);
    }

    /** One notification as auditors see it: to whom (an account, or an application's contact), which template, when. */
    record Record(
            UUID id,
            String eventId,
            String recipient,
            Channel channel,
            String template,
            String subjectId,
            OfficialLanguage language,
            DeliveryStatus status,
            String statusReason,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt) {

        static Record of(OutboxEntry entry) {
            return new Record(
                    entry.id(),
                    entry.eventId(),
                    entry.recipient(),
                    entry.channel(),
                    entry.kind().template(),
                    entry.subjectId(),
                    entry.language(),
                    entry.status(),
                    entry.statusReason(),
                    entry.attempts(),
                    entry.lastError(),
                    entry.createdAt(),
                    entry.sentAt(),
                    entry.nextAttemptAt());
        }
    }

    /**
     * The e-mails decided, newest first, or those about one ballot, application or meeting ({@code subject});
     * {@code channel=ALL} adds the inbox rows (every notification decided), {@code IN_APP} gives those alone.
     */
    @GetMapping("/outbox")
    List<Record> outbox(
            @RequestParam(required = false) UUID subject,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "EMAIL") String channel) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        Channel wanted = "ALL".equals(channel) ? null : Channel.valueOf(channel);
        return inbox.outbox(subject, wanted, ReadAccess.page(0, limit)).stream()
                .map(Record::of)
                .toList();
    }

    record DeadLetter(Record notification, Instant failedAt, int attempts, String lastError) {}

    @GetMapping("/dead-letters")
    List<DeadLetter> deadLetters() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return inbox.deadLetters().stream()
                .map(letter -> new DeadLetter(
                        Record.of(inbox.entry(letter.outboxId())),
                        letter.failedAt(),
                        letter.attempts(),
                        letter.lastError()))
                .toList();
    }

    /** The events the notifications processor could not decide on, recorded and skipped, with the error. */
    @GetMapping("/failures")
    List<UndecidedEvents.Failure> failures() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return undecided.failures();
    }

    /** Gives every dead letter a fresh round of attempts, once the mail server is mended. */
    @PostMapping("/dead-letters/retries")
    Map<String, Integer> retry() {
        ReadAccess.require(Set.of(Role.OPERATOR, Role.SECRETARIAT));
        return Map.of("retried", delivery.retryDeadLetters());
    }
}
