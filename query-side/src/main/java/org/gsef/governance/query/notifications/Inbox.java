package org.gsef.governance.query.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each account's inbox and preferences, the ballots awaiting a seat's vote, and the outbox for auditors. */
@Component
public class Inbox {

    private final OutboxEntries outbox;
    private final DeliveryDeadLetters deadLetters;
    private final Preferences preferences;
    private final LanguageChoices languages;
    private final Notifier notifier;
    private final NotificationTemplates templates;
    private final JdbcClient jdbc;

    public Inbox(
            OutboxEntries outbox,
            DeliveryDeadLetters deadLetters,
            Preferences preferences,
            LanguageChoices languages,
            Notifier notifier,
            NotificationTemplates templates,
            JdbcClient jdbc) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.preferences = preferences;
        this.languages = languages;
        this.notifier = notifier;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    /** One notification in an inbox, its subject line in the language it was written in. */
    public record Item(
            UUID id,
            NotificationKind kind,
            String subjectId,
            OfficialLanguage language,
            String subject,
            String text,
            String link,
            Instant createdAt,
            Instant readAt) {}

    public record Page(long unread, List<Item> items) {}

    public Page of(String account, int limit) {
        List<Item> items = new ArrayList<>();
        for (OutboxEntry entry :
                outbox.findByRecipientAndChannelOrderByCreatedAtDesc(account, Channel.IN_APP, Limit.of(limit))) {
            NotificationTemplates.Rendered rendered = templates.render(entry, account);
            String body = rendered.text().lines().skip(2).findFirst().orElse("");
            items.add(new Item(
                    entry.id(),
                    entry.kind(),
                    entry.subjectId(),
                    entry.language(),
                    rendered.subject(),
                    body,
                    entry.link(),
                    entry.createdAt(),
                    entry.readAt()));
        }
        return new Page(outbox.countByRecipientAndChannelAndReadAtIsNull(account, Channel.IN_APP), items);
    }

    @Transactional
    public boolean markRead(String account, UUID id, Instant at) {
        return outbox.findByIdAndRecipientAndChannel(id, account, Channel.IN_APP)
                .map(entry -> {
                    entry.read(at);
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public int markAllRead(String account, Instant at) {
        return jdbc.sql("""
                        UPDATE notification_outbox SET read_at = :at
                         WHERE recipient = :account AND channel = 'IN_APP' AND read_at IS NULL""")
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .param("account", account)
                .update();
    }

    /**
     * An open ballot a seat has not voted on.
     *
     * @param admissionOf for an admission, the applicant's name, from which the pages title it in the reader's language
     */
    public record Awaiting(UUID ballotId, String title, String admissionOf, Instant closesAt) {}

    public List<Awaiting> awaitingVote(String seat) {
        return jdbc
                .sql("""
                        SELECT b.ballot_id, b.title, b.closes_at, b.electorate, a.organisation_name
                          FROM notification_ballot b
                          LEFT JOIN notification_application a
                            ON b.decision_type = 'ADMISSION' AND a.application_id = b.reference_id
                         WHERE b.status = 'OPEN'
                           AND NOT EXISTS (SELECT 1 FROM notification_ballot_vote v
                                            WHERE v.ballot_id = b.ballot_id AND v.seat = :seat)
                         ORDER BY b.closes_at""")
                .param("seat", seat)
                .query((rs, n) -> org.gsef.governance.query.readmodel.JsonColumns.list(rs.getString("electorate"))
                                .contains(seat)
                        ? new Awaiting(
                                rs.getObject("ballot_id", UUID.class),
                                rs.getString("title"),
                                rs.getString("organisation_name"),
                                rs.getObject("closes_at", OffsetDateTime.class) == null
                                        ? null
                                        : rs.getObject("closes_at", OffsetDateTime.class)
                                                .toInstant())
                        : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** An account's language and, for every kind, whether it comes by e-mail too. */
    public record Settings(OfficialLanguage language, Map<NotificationKind, Boolean> email) {}

    public Settings settings(String account) {
        Map<NotificationKind, Boolean> email = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            email.put(kind, true);
        }
        preferences.findByKeyAccount(account).forEach(preference -> email.put(preference.kind(), preference.email()));
        return new Settings(notifier.languageOf(account), email);
    }

    @Transactional
    public Settings change(String account, OfficialLanguage language, Map<NotificationKind, Boolean> email) {
        if (language != null) {
            LanguageChoice choice = languages.findById(account).orElseGet(() -> new LanguageChoice(account, language));
            choice.language(language);
            languages.save(choice);
        }
        email.forEach((kind, on) -> {
            Preference preference = preferences
                    .findById(new Preference.Key(account, kind))
                    .orElseGet(() -> new Preference(account, kind, on));
            preference.email(on);
            preferences.save(preference);
        });
        return settings(account);
    }

    public List<OutboxEntry> outbox(UUID subject, int limit) {
        return outbox(subject, Channel.EMAIL, limit);
    }

    /** What was decided, e-mails and inbox rows, or one channel's; those about one subject oldest first. */
    public List<OutboxEntry> outbox(UUID subject, Channel channel, int limit) {
        if (subject != null) {
            return outbox.findBySubjectIdOrderByCreatedAt(subject.toString()).stream()
                    .filter(entry -> channel == null || entry.channel() == channel)
                    .limit(limit)
                    .toList();
        }
        return channel == null
                ? outbox.findAllByOrderByCreatedAtDesc(Limit.of(limit))
                : outbox.findByChannelOrderByCreatedAtDesc(channel, Limit.of(limit));
    }

    public List<DeliveryDeadLetter> deadLetters() {
        return deadLetters.findAllByOrderByFailedAt();
    }

    public OutboxEntry entry(UUID id) {
        return outbox.findById(id).orElseThrow();
    }
}
