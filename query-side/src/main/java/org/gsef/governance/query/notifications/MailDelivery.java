package org.gsef.governance.query.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.gsef.governance.kernel.privacy.ContactPerson;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.platform.security.AccountContact;
import org.gsef.governance.platform.security.BuiltInAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's e-mails through the organisation's mail server: each one claimed first (so two query-side
 * processes never send the same one), rendered in its recipient's language, its address looked up (an account's) or
 * unsealed (a contact person's) only now. A failed attempt is retried after a wait that doubles each time; after
 * {@code gsef.notifications.max-attempts} it is a dead letter for operators. With no mail server configured, every
 * e-mail is held: the outbox shows what would have been sent, and the inbox has it.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final String NO_SERVER = "no mail server configured (GSEF_SMTP_HOST)";

    private final OutboxEntries outbox;
    private final DeliveryDeadLetters deadLetters;
    private final NotificationTemplates templates;
    private final BuiltInAccounts accounts;
    private final PersonalDataVault vault;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Counter dead;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong deadLetterCount = new AtomicLong();

    public MailDelivery(
            OutboxEntries outbox,
            DeliveryDeadLetters deadLetters,
            NotificationTemplates templates,
            BuiltInAccounts accounts,
            PersonalDataVault vault,
            ObjectProvider<JavaMailSender> mail,
            NotificationProperties properties,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MeterRegistry metrics) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.templates = templates;
        this.accounts = accounts;
        this.vault = vault;
        this.mail = mail;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.sent = Counter.builder("gsef.notifications.sent")
                .description("E-mails the mail server accepted")
                .register(metrics);
        this.failed = Counter.builder("gsef.notifications.failed")
                .description("Attempts at sending an e-mail that failed (each is retried, up to the maximum)")
                .register(metrics);
        this.dead = Counter.builder("gsef.notifications.dead")
                .description("E-mails given up on after every attempt failed")
                .register(metrics);
        Gauge.builder("gsef.notifications.pending", waiting, AtomicLong::get)
                .description("E-mails waiting to be sent")
                .register(metrics);
        Gauge.builder("gsef.notifications.dead.letters", deadLetterCount, AtomicLong::get)
                .description("E-mails in the dead-letter list, waiting for an operator")
                .register(metrics);
    }

    /** Sends what is due; returns how many e-mails it handled. */
    @Scheduled(fixedDelayString = "${gsef.notifications.send-interval:5s}", initialDelayString = "1s")
    public int sendDue() {
        int handled = 0;
        List<OutboxEntry> due;
        do {
            due = outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                    DeliveryStatus.PENDING, clock.instant(), Limit.of(BATCH));
            for (OutboxEntry entry : due) {
                if (claim(entry)) {
                    deliver(entry.id());
                    handled++;
                }
            }
        } while (due.size() == BATCH);
        waiting.set(outbox.countByStatus(DeliveryStatus.PENDING));
        deadLetterCount.set(outbox.countByStatus(DeliveryStatus.DEAD));
        return handled;
    }

    /** Takes the entry for this process for a while; false when another process took it first. */
    private boolean claim(OutboxEntry entry) {
        return transactions.execute(status -> jdbc.sql("""
                                UPDATE notification_outbox SET next_attempt_at = :lease
                                 WHERE id = :id AND status = 'PENDING' AND next_attempt_at = :was""")
                        .param("lease", clock.instant().plus(LEASE).atOffset(java.time.ZoneOffset.UTC))
                        .param("id", entry.id())
                        .param("was", entry.nextAttemptAt().atOffset(java.time.ZoneOffset.UTC))
                        .update())
                == 1;
    }

    private void deliver(UUID id) {
        OutboxEntry entry = outbox.findById(id).orElseThrow();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            entry.held(NO_SERVER);
            transactions.executeWithoutResult(status -> outbox.save(entry));
            return;
        }
        Optional<String> address = address(entry);
        if (address.isEmpty()) {
            entry.withheld(
                    entry.sealedSubject() != null ? Notifier.Erasure.REASON : "the account has no e-mail address");
            transactions.executeWithoutResult(status -> outbox.save(entry));
            return;
        }
        try {
            String label = entry.sealedSubject() != null ? templates.contactLabel(entry.language()) : entry.recipient();
            NotificationTemplates.Rendered rendered = templates.render(entry, label);
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.smtp().from());
            helper.setTo(address.get());
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
            message.setHeader("Content-Language", entry.language().locale().getLanguage());
            message.setHeader("X-GSEF-Notification", entry.id().toString());
            message.setHeader("X-GSEF-Template", entry.kind().template());
            sender.send(message);
            entry.sent(clock.instant());
            sent.increment();
            log.info(
                    "notification {} ({}) sent to {} in {}",
                    entry.id(),
                    entry.kind().template(),
                    entry.recipient(),
                    entry.language());
        } catch (Exception e) {
            failed.increment();
            Instant next = entry.attempts() + 1 >= properties.maxAttempts()
                    ? null
                    : clock.instant().plus(properties.firstRetry().multipliedBy(1L << Math.min(entry.attempts(), 20)));
            entry.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), next);
            if (next == null) {
                dead.increment();
                log.warn(
                        "notification {} to {} is a dead letter after {} attempts: {}",
                        entry.id(),
                        entry.recipient(),
                        entry.attempts(),
                        entry.lastError());
            } else {
                log.info(
                        "notification {} to {}: attempt {} failed, next at {}",
                        entry.id(),
                        entry.recipient(),
                        entry.attempts(),
                        next);
            }
        }
        transactions.executeWithoutResult(status -> {
            outbox.save(entry);
            if (entry.status() == DeliveryStatus.DEAD) {
                deadLetters.save(
                        new DeliveryDeadLetter(entry.id(), clock.instant(), entry.attempts(), entry.lastError()));
            }
        });
    }

    /** The address, only now: an account's from its configuration, a contact person's unsealed (none once erased). */
    private Optional<String> address(OutboxEntry entry) {
        if (entry.sealedSubject() != null) {
            return vault.unseal(new SealedPersonalData(entry.sealedSubject(), entry.sealedAddress()))
                    .map(plain -> ContactPerson.fromSealedForm(plain).email());
        }
        return accounts.contact(entry.recipient()).flatMap(AccountContact::email);
    }

    /** Puts every dead letter back to the sender, for a fresh round of attempts; returns how many. */
    public int retryDeadLetters() {
        Integer count = transactions.execute(status -> {
            List<OutboxEntry> letters = outbox.withStatus(DeliveryStatus.DEAD);
            letters.forEach(entry -> entry.retry(clock.instant()));
            outbox.saveAll(letters);
            deadLetters.deleteAllById(letters.stream().map(OutboxEntry::id).toList());
            return letters.size();
        });
        deadLetterCount.set(outbox.countByStatus(DeliveryStatus.DEAD));
        return count == null ? 0 : count;
    }
}
