package org.gsef.governance.query.notifications;

/** Where a notification stands. */
public enum DeliveryStatus {
    /** An e-mail waiting for the sender, or for its next attempt. */
    PENDING,
    /** An e-mail the SMTP server accepted. */
    SENT,
    /** An e-mail that would have been sent, had a mail server been configured; it stays in the outbox. */
    HELD,
    /** An e-mail decided against, with the reason: an erased contact, no address, the recipient's preference. */
    WITHHELD,
    /** An e-mail the sender gave up on after its retries: a dead letter, for operators. */
    DEAD,
    /** In the recipient's inbox. */
    DELIVERED
}
