package org.gsef.governance.query.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsef.governance.query.forum.ForumQueries;
import org.gsef.governance.query.objectives.IndicatorStatus;
import org.gsef.governance.query.objectives.Objectives;
import org.gsef.governance.query.objectives.PlanView;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code gsef.notifications.digest-at}, 7 UTC), tells the Secretariat which GSEF2020 milestones are overdue
 * and which indicators are off their trajectory, in one message; nothing on a day with neither. One digest per day: it
 * is keyed by the day, so a second process or a second run writes nothing.
 */
@Component
public class SecretariatDigest {

    private final ForumQueries milestones;
    private final Objectives objectives;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SecretariatDigest(
            ForumQueries milestones,
            Objectives objectives,
            Notifier notifier,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.milestones = milestones;
        this.objectives = objectives;
        this.notifier = notifier;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Writes today's digest; returns how many items it names (none: no digest). */
    @Scheduled(cron = "0 0 ${gsef.notifications.digest-at:7} * * *", zone = "UTC")
    public int writeToday() {
        LocalDate today = LocalDate.now(clock);
        List<String> items = new ArrayList<>();
        milestones.overdueMilestones(today).forEach(m -> items.add(m.title() + " (" + m.dueOn() + ")"));
        for (PlanView plan : objectives.current(Objectives.Scope.IN_VIEW)) {
            plan.directions().stream()
                    .flatMap(direction -> direction.objectives().stream())
                    .flatMap(objective -> objective.indicators().stream())
                    .filter(indicator -> indicator.status() == IndicatorStatus.OFF_TRACK)
                    .forEach(indicator -> items.add(indicator.code() + " " + indicator.name()));
        }
        if (items.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("day", today.toString());
        params.put("count", items.size());
        params.put("items", items);
        List<String> secretariat = notifier.secretariat();
        transactions.executeWithoutResult(status -> notifier.tellAccounts(
                "digest:" + today, NotificationKind.SECRETARIAT_DIGEST, null, null, params, secretariat));
        return items.size();
    }
}
