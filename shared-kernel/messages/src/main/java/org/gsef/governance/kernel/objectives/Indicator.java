package org.gsef.governance.kernel.objectives;

import java.time.LocalDate;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.Require;

/**
 * A measurable indicator of an objective: from {@code baseline} on {@code startsOn} to {@code target} by
 * {@code deadline}. Either derived from the record ({@code metric}, optionally for one {@code region}), or reported by
 * the Secretariat with evidence ({@code metric} null).
 */
public record Indicator(
        String code,
        String name,
        String unit,
        DerivedMetric metric,
        Region region,
        double baseline,
        double target,
        LocalDate startsOn,
        LocalDate deadline) {

    public Indicator {
        code = Require.text(code, "indicator code", 40).strip();
        name = Require.text(name, "indicator name", 300).strip();
        unit = Require.text(unit, "unit", 60).strip();
        Require.present(startsOn, "startsOn");
        Require.present(deadline, "deadline");
        if (!deadline.isAfter(startsOn)) {
            throw new IllegalArgumentException("an indicator's deadline comes after its start");
        }
        if (target == baseline) {
            throw new IllegalArgumentException("an indicator's target differs from its baseline");
        }
        if (region != null && metric != DerivedMetric.ACTIVE_MEMBERS) {
            throw new IllegalArgumentException("only the member count is derived per region");
        }
    }

    public boolean reported() {
        return metric == null;
    }
}
