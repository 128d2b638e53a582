package org.gsef.governance.query.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An e-mail the sender gave up on: when, after how many attempts, and the last error the mail server gave. */
@Entity
@Table(name = "notification_dead_letter")
public class DeliveryDeadLetter {

    @Id
    @Column(name = "outbox_id")
    private UUID outboxId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected DeliveryDeadLetter() {}

    DeliveryDeadLetter(UUID outboxId, Instant failedAt, int attempts, String lastError) {
        this.outboxId = outboxId;
        this.failedAt = failedAt;
        this.attempts = attempts;
        this.lastError = lastError;
    }

    public UUID outboxId() {
        return outboxId;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
