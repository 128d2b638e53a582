package org.gsef.governance.query.notifications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryDeadLetters extends JpaRepository<DeliveryDeadLetter, UUID> {

    List<DeliveryDeadLetter> findAllByOrderByFailedAt();
}
