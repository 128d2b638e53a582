package org.gsef.governance.query.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The private feed addresses (Spring Data JPA), one per user. */
interface FeedAddressRepository extends JpaRepository<FeedAddress, String> {

    Optional<FeedAddress> findByTokenHash(String tokenHash);
}
