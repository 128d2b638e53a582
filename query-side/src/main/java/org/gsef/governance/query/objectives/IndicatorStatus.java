package org.gsef.governance.query.objectives;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The status of an indicator, computed from where it stands against the straight trajectory from its baseline at its
 * start to its target at its deadline: achieved once the target is reached; on track when at or ahead of the
 * trajectory; at risk when behind it by at most {@link #AT_RISK_MARGIN} of the whole way; off track when further
 * behind; missed when the deadline has come (the record of its day included) without reaching the target (a finished plan is achieved or missed, and
 * says by how much).
 */
public enum IndicatorStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    ACHIEVED,
    MISSED;

    /** How far behind the trajectory, as a share of the distance from baseline to target, is still only at risk. */
    public static final double AT_RISK_MARGIN = 0.15;

    /** Where the trajectory says the indicator should be on {@code day}. */
    public static double expected(
            double baseline, double target, LocalDate startsOn, LocalDate deadline, LocalDate day) {
        long total = ChronoUnit.DAYS.between(startsOn, deadline);
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(startsOn, day), 0, total);
        return baseline + (target - baseline) * elapsed / total;
    }

    /** How far the value falls short of the target, in the target's direction; none once it is reached. */
    public static double shortfall(double baseline, double target, double actual) {
        double shortfall = (target - actual) * Math.signum(target - baseline);
        return Math.max(0, Math.round(shortfall * 10) / 10.0);
    }

    /**
     * The day a plan is judged on when the reader names none: today while the plan runs, its last deadline once it is
     * over (judged seven years later, a 2019 plan is achieved or missed, not "off track").
     */
    public static LocalDate judgedOn(LocalDate today, LocalDate planEnd) {
        return planEnd != null && today.isAfter(planEnd) ? planEnd : today;
    }

    public static IndicatorStatus of(
            double baseline, double target, LocalDate startsOn, LocalDate deadline, double actual, LocalDate day) {
        double distance = target - baseline;
        double progress = (actual - baseline) / distance;
        if (progress >= 1) {
            return ACHIEVED;
        }
        if (!day.isBefore(deadline)) {
            return MISSED;
        }
        double behind = (expected(baseline, target, startsOn, deadline, day) - actual) / distance;
        if (behind <= 0) {
            return ON_TRACK;
        }
        return behind <= AT_RISK_MARGIN ? AT_RISK : OFF_TRACK;
    }
}
