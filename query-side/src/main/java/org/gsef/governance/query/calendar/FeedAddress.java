package org.gsef.governance.query.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Role;

/**
 * A user's private calendar feed address: the SHA-256 of the secret it carries (never the secret), the roles the user
 * held when it was made (one row each), and the language it speaks unless the address asks for another.
 * Operational state, not a read model: a rebuild leaves it alone.
 */
@Entity
@Table(name = "calendar_feed")
public class FeedAddress {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 10)
    private OfficialLanguage language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_feed_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FeedAddress() {}

    FeedAddress(String userId, String tokenHash, OfficialLanguage language, Set<Role> roles, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.language = language;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public String userId() {
        return userId;
    }

    public OfficialLanguage language() {
        return language;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
