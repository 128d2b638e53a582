package org.gsef.governance.query.notifications;

/** How a notification reaches its recipient: by e-mail, or in the inbox of the pages. */
public enum Channel {
    EMAIL,
    IN_APP
}
