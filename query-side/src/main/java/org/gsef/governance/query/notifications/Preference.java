package org.gsef.governance.query.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An account's choice for one kind of notification: by e-mail too, or in the pages only. */
@Entity
@Table(name = "notification_preference")
public class Preference {

    /** The account and the kind of notification. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "account")
        private String account;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind")
        private NotificationKind kind;

        protected Key() {}

        Key(String account, NotificationKind kind) {
            this.account = account;
            this.kind = kind;
        }

        public String account() {
            return account;
        }

        public NotificationKind kind() {
            return kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && account.equals(key.account) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, kind);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private boolean email;

    protected Preference() {}

    Preference(String account, NotificationKind kind, boolean email) {
        this.key = new Key(account, kind);
        this.email = email;
    }

    public NotificationKind kind() {
        return key.kind();
    }

    public boolean email() {
        return email;
    }

    void email(boolean email) {
        this.email = email;
    }
}
