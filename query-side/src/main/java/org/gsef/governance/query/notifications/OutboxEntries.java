package org.gsef.governance.query.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The outbox and the inboxes. */
public interface OutboxEntries extends JpaRepository<OutboxEntry, UUID> {

    boolean existsByEventIdAndRecipientAndChannel(String eventId, String recipient, Channel channel);

    List<OutboxEntry> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
            DeliveryStatus status, Instant now, Limit limit);

    List<OutboxEntry> findByRecipientAndChannelOrderByCreatedAtDesc(String recipient, Channel channel, Limit limit);

    Optional<OutboxEntry> findByIdAndRecipientAndChannel(UUID id, String recipient, Channel channel);

    long countByRecipientAndChannelAndReadAtIsNull(String recipient, Channel channel);

    long countByStatus(DeliveryStatus status);

    List<OutboxEntry> findByChannelOrderByCreatedAtDesc(Channel channel, Limit limit);

    List<OutboxEntry> findBySubjectIdOrderByCreatedAt(String subjectId);

    List<OutboxEntry> findAllByOrderByCreatedAtDesc(Limit limit);

    @Query("select e from OutboxEntry e where e.status = :status order by e.createdAt")
    List<OutboxEntry> withStatus(DeliveryStatus status);
}
