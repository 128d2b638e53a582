package org.gsef.governance.query.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the seats that have not voted, {@code gsef.notifications.reminder-before} (24 hours) before a ballot
 * closes: the delegate of each such seat, and of the seat holding its proxy. Once per ballot and deadline: a reminder
 * is keyed by both, so one written by another process or an earlier check is not written again, and an extended
 * deadline brings a new one.
 */
@Component
public class Reminders {

    private final JdbcClient jdbc;
    private final NotificationProcessor processor;
    private final Notifier notifier;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Reminders(
            JdbcClient jdbc,
            NotificationProcessor processor,
            Notifier notifier,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.processor = processor;
        this.notifier = notifier;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Writes the reminders due now; returns how many ballots were looked at. */
    @Scheduled(
            fixedDelayString = "${gsef.notifications.reminder-check:5m}",
            initialDelayString = "${gsef.notifications.reminder-check:5m}")
    public int remindDue() {
        Instant now = clock.instant();
        List<UUID> ballots = jdbc.sql("""
                        SELECT ballot_id FROM notification_ballot
                         WHERE status = 'OPEN' AND closes_at > :now AND closes_at <= :soon
                         ORDER BY closes_at""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("soon", now.plus(properties.reminderBefore()).atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .list();
        for (UUID ballot : ballots) {
            transactions.executeWithoutResult(status -> remind(ballot));
        }
        return ballots.size();
    }

    private void remind(UUID ballotId) {
        NotificationProcessor.Ballot ballot = processor.ballot(ballotId);
        Set<String> voted = new HashSet<>(jdbc.sql("SELECT seat FROM notification_ballot_vote WHERE ballot_id = :id")
                .param("id", ballotId)
                .query(String.class)
                .list());
        List<String> seats = new ArrayList<>();
        for (String seat : ballot.electorate()) {
            if (!voted.contains(seat)) {
                seats.add(seat);
                String holder = ballot.proxies().get(seat);
                if (holder != null) {
                    seats.add(holder);
                }
            }
        }
        if (seats.isEmpty()) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", ballot.title());
        params.put("closesAt", ballot.closesAt().toString());
        processor.admissionOf(ballot.decisionType(), ballot.referenceId(), params);
        notifier.tellAccounts(
                "reminder:" + ballotId + ":" + ballot.closesAt().toEpochMilli(),
                NotificationKind.BALLOT_REMINDER,
                ballotId.toString(),
                "#ballot-" + ballotId,
                params,
                processor.delegatesOf(seats));
    }
}
