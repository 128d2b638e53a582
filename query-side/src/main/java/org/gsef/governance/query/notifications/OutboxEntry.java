package org.gsef.governance.query.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;

/**
 * One notification to one recipient by one channel, decided once for an event (or a reminder, or a digest): the
 * {@code (eventId, recipient, channel)} is unique, so a replay that decides it again writes nothing. It holds no e-mail
 * address in plain form: an account's comes from the account configuration when sending, a contact person's is kept
 * sealed ({@link #sealedAddress}) and unsealed only to send.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxEntry {

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "subject_id")
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficialLanguage language;

    @Column(nullable = false)
    private String link;

    /** What the template shows, as JSON: the ballot's title, its deadline, the tally... */
    @Column(nullable = false)
    private String params;

    @Column(name = "sealed_subject")
    private UUID sealedSubject;

    @Column(name = "sealed_address")
    private String sealedAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected OutboxEntry() {}

    OutboxEntry(
            String eventId,
            String recipient,
            Channel channel,
            NotificationKind kind,
            String subjectId,
            OfficialLanguage language,
            String link,
            String params,
            DeliveryStatus status,
            String statusReason,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.recipient = recipient;
        this.channel = channel;
        this.kind = kind;
        this.subjectId = subjectId;
        this.language = language;
        this.link = link;
        this.params = params;
        this.status = status;
        this.statusReason = statusReason;
        this.createdAt = createdAt;
        this.nextAttemptAt = status == DeliveryStatus.PENDING ? createdAt : null;
    }

    void sealedAddress(UUID subject, String ciphertext) {
        this.sealedSubject = subject;
        this.sealedAddress = ciphertext;
    }

    void sent(Instant at) {
        status = DeliveryStatus.SENT;
        sentAt = at;
        attempts++;
        nextAttemptAt = null;
        lastError = null;
    }

    void held(String reason) {
        status = DeliveryStatus.HELD;
        statusReason = reason;
        nextAttemptAt = null;
    }

    void withheld(String reason) {
        status = DeliveryStatus.WITHHELD;
        statusReason = reason;
        nextAttemptAt = null;
    }

    /** A failed attempt: another one after {@code next}, or none (a dead letter) when {@code next} is null. */
    void failed(String error, Instant next) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (next == null) {
            status = DeliveryStatus.DEAD;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    /** Back to the sender, for one more round of attempts. */
    void retry(Instant at) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = at;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String recipient() {
        return recipient;
    }

    public Channel channel() {
        return channel;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public OfficialLanguage language() {
        return language;
    }

    public String link() {
        return link;
    }

    public String params() {
        return params;
    }

    UUID sealedSubject() {
        return sealedSubject;
    }

    String sealedAddress() {
        return sealedAddress;
    }

    public DeliveryStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
