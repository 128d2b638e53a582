package org.gsef.governance.query.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.security.AccountContact;
import org.gsef.governance.platform.security.BuiltInAccounts;
import org.springframework.stereotype.Component;

/**
 * Writes what was decided to tell into the outbox, in the caller's transaction: for an account, a row in its inbox and,
 * unless it chose the pages only for this kind, an e-mail; for a contact person, an e-mail to the sealed address. A
 * row already written for the same event, recipient and channel is left as it is: deciding twice tells once.
 */
@Component
public class Notifier {

    private final OutboxEntries outbox;
    private final Preferences preferences;
    private final LanguageChoices languages;
    private final BuiltInAccounts accounts;
    private final NotificationProperties properties;
    private final Clock clock;

    public Notifier(
            OutboxEntries outbox,
            Preferences preferences,
            LanguageChoices languages,
            BuiltInAccounts accounts,
            NotificationProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.languages = languages;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The language the account reads its notifications in: its own choice, else its configured official language. */
    public OfficialLanguage languageOf(String account) {
        return languages
                .findById(account)
                .map(LanguageChoice::language)
                .orElseGet(() ->
                        accounts.contact(account).map(AccountContact::language).orElse(OfficialLanguage.ENGLISH));
    }

    /** Whether the account wants this kind by e-mail too; yes unless it said otherwise. */
    public boolean wantsEmail(String account, NotificationKind kind) {
        return preferences
                .findById(new Preference.Key(account, kind))
                .map(Preference::email)
                .orElse(true);
    }

    /** The Secretariat's accounts. */
    public List<String> secretariat() {
        return accounts.contacts().stream()
                .filter(contact -> contact.hasRole(Role.SECRETARIAT))
                .map(AccountContact::username)
                .toList();
    }

    /** Tells each account once, however many times it is named. */
    public void tellAccounts(
            String eventId,
            NotificationKind kind,
            String subjectId,
            String anchor,
            Map<String, ?> params,
            Collection<String> recipients) {
        String json = NotificationTemplates.json(params);
        String link = properties.baseUrl() + kind.page() + (anchor == null ? "" : anchor);
        for (String account : new LinkedHashSet<>(recipients)) {
            if (account == null) {
                continue;
            }
            OfficialLanguage language = languageOf(account);
            write(new OutboxEntry(
                    eventId,
                    account,
                    Channel.IN_APP,
                    kind,
                    subjectId,
                    language,
                    link,
                    json,
                    DeliveryStatus.DELIVERED,
                    null,
                    clock.instant()));
            DeliveryStatus status = DeliveryStatus.PENDING;
            String reason = null;
            if (accounts.contact(account).flatMap(AccountContact::email).isEmpty()) {
                status = DeliveryStatus.WITHHELD;
                reason = "the account has no e-mail address";
            } else if (!wantsEmail(account, kind)) {
                status = DeliveryStatus.WITHHELD;
                reason = "the recipient chose the pages only for this kind";
            }
            write(new OutboxEntry(
                    eventId,
                    account,
                    Channel.EMAIL,
                    kind,
                    subjectId,
                    language,
                    link,
                    json,
                    status,
                    reason,
                    clock.instant()));
        }
    }

    /**
     * Tells an application's contact person by e-mail, the address kept sealed until it is sent; an erased contact
     * (null {@code contact}) is told nothing, and the row says why.
     */
    public void tellContact(
            String eventId,
            UUID applicationId,
            OfficialLanguage language,
            Map<String, ?> params,
            SealedPersonalData contact) {
        NotificationKind kind = NotificationKind.APPLICATION_STAGE;
        OutboxEntry entry = new OutboxEntry(
                eventId,
                contactRecipient(applicationId),
                Channel.EMAIL,
                kind,
                applicationId.toString(),
                language,
                properties.baseUrl() + kind.page(),
                NotificationTemplates.json(params),
                contact == null ? DeliveryStatus.WITHHELD : DeliveryStatus.PENDING,
                contact == null ? Erasure.REASON : null,
                clock.instant());
        if (contact != null) {
            entry.sealedAddress(contact.subjectId(), contact.ciphertext());
        }
        write(entry);
    }

    /** The pseudonymous recipient an application's contact person is recorded as. */
    public static String contactRecipient(UUID applicationId) {
        return "application:" + applicationId;
    }

    private void write(OutboxEntry entry) {
        if (!outbox.existsByEventIdAndRecipientAndChannel(entry.eventId(), entry.recipient(), entry.channel())) {
            outbox.save(entry);
        }
    }

    /** Why an erased contact person is told nothing. */
    static final class Erasure {
        static final String REASON = "the contact person's data was erased";

        private Erasure() {}
    }
}
