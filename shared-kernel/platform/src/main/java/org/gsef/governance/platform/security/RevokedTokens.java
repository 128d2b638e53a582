package org.gsef.governance.platform.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The revocation list, in the event-store database (Spring Data JPA). */
public interface RevokedTokens extends JpaRepository<RevokedToken, String> {

    @Modifying
    @Query("DELETE FROM RevokedToken r WHERE r.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
