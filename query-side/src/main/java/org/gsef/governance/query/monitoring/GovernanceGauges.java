package org.gsef.governance.query.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.query.committee.CommitteeQueries;
import org.gsef.governance.query.forum.ForumQueries;
import org.gsef.governance.query.history.MemberRegisterHistory;
import org.gsef.governance.query.members.MemberQueries;
import org.gsef.governance.query.members.MemberQueries.Breakdown;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.objectives.IndicatorStatus;
import org.gsef.governance.query.objectives.Objectives;
import org.gsef.governance.query.objectives.PlanView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The governance figures people watch, as gauges read from the read models every refresh interval: active members by
 * region ({@code UNSPECIFIED} for those recorded without one), admissions in progress by stage, open ballots and those past their deadline, overdue GSEF2020 milestones,
 * and strategic indicators by computed status.
 */
@Component
public class GovernanceGauges {

    private static final Logger log = LoggerFactory.getLogger(GovernanceGauges.class);
    /** The region tag of members recorded without one (imported from a source that did not give it). */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private static final List<ApplicationStatus> IN_PROGRESS = List.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.RETURNED_FOR_INFORMATION,
            ApplicationStatus.REVIEWED,
            ApplicationStatus.BEFORE_COMMITTEE);

    private final MemberQueries members;
    private final MembershipApplicationQueries applications;
    private final CommitteeQueries committee;
    private final Objectives objectives;
    private final ForumQueries forum;
    private final Clock clock;
    private final MultiGauge membersByRegion;
    private final MultiGauge admissions;
    private final MultiGauge indicators;
    private final AtomicLong openBallots = new AtomicLong();
    private final AtomicLong ballotsPastDeadline = new AtomicLong();
    private final AtomicLong overdueMilestones = new AtomicLong();

    public GovernanceGauges(
            MemberQueries members,
            MembershipApplicationQueries applications,
            CommitteeQueries committee,
            Objectives objectives,
            ForumQueries forum,
            Clock clock,
            MeterRegistry metrics) {
        this.members = members;
        this.applications = applications;
        this.committee = committee;
        this.objectives = objectives;
        this.forum = forum;
        this.clock = clock;
        this.membersByRegion = MultiGauge.builder("gsef.members")
                .description("active members of the network, by region")
                .register(metrics);
        this.admissions = MultiGauge.builder("gsef.admissions.in.progress")
                .description("membership applications not yet decided, by stage")
                .register(metrics);
        this.indicators = MultiGauge.builder("gsef.indicators")
                .description("strategic indicators, by the status computed from their trajectory")
                .register(metrics);
        Gauge.builder("gsef.ballots.open", openBallots, AtomicLong::get)
                .description("Committee ballots open for votes")
                .register(metrics);
        Gauge.builder("gsef.ballots.past.deadline", ballotsPastDeadline, AtomicLong::get)
                .description("written-procedure ballots still open although their closing time has passed")
                .register(metrics);
        Gauge.builder("gsef.milestones.overdue", overdueMilestones, AtomicLong::get)
                .description("GSEF2020 roadmap milestones past their due date and neither done nor cancelled")
                .register(metrics);
    }

    @Scheduled(fixedDelayString = "${gsef.metrics.refresh:5s}", initialDelay = 0)
    public void refresh() {
        try {
            Map<String, Long> byRegion = new LinkedHashMap<>();
            for (Region region : Region.values()) {
                byRegion.put(region.name(), 0L);
            }
            byRegion.put(UNSPECIFIED, 0L);
            members.activeBy(Breakdown.REGION)
                    .forEach((region, count) ->
                            byRegion.put(region.equals(MemberRegisterHistory.NONE) ? UNSPECIFIED : region, count));
            membersByRegion.register(rows("region", byRegion), true);

            Map<ApplicationStatus, Long> byStage = new EnumMap<>(ApplicationStatus.class);
            Map<ApplicationStatus, Long> counted = applications.countByStatus();
            IN_PROGRESS.forEach(stage -> byStage.put(stage, counted.getOrDefault(stage, 0L)));
            admissions.register(rows("stage", byStage), true);

            CommitteeQueries.OpenBallots ballots = committee.openBallots(clock.instant());
            openBallots.set(ballots.all());
            ballotsPastDeadline.set(ballots.pastDeadline());
            overdueMilestones.set(forum.overdueMilestones(LocalDate.now(clock)).size());

            Map<IndicatorStatus, Long> byStatus = new EnumMap<>(IndicatorStatus.class);
            for (IndicatorStatus status : IndicatorStatus.values()) {
                byStatus.put(status, 0L);
            }
            for (PlanView plan : objectives.current(Objectives.Scope.IN_VIEW)) {
                plan.directions().stream()
                        .flatMap(direction -> direction.objectives().stream())
                        .flatMap(objective -> objective.indicators().stream())
                        .forEach(indicator -> byStatus.merge(indicator.status(), 1L, Long::sum));
            }
            indicators.register(rows("status", byStatus), true);
        } catch (RuntimeException e) {
            log.warn("governance gauges not refreshed: {}", e.toString());
        }
    }

    private static List<MultiGauge.Row<?>> rows(String tag, Map<?, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(MultiGauge.Row.of(Tags.of(tag, key.toString()), count)));
        return rows;
    }
}
