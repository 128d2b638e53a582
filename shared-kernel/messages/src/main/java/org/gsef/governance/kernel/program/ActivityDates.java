package org.gsef.governance.kernel.program;

import java.time.LocalDate;
import java.time.YearMonth;
import org.gsef.governance.kernel.common.Require;

/**
 * When an activity takes place, as precisely as it is known: a day or a span of days, or only a month ("? August"),
 * and whether the date is still to be confirmed.
 *
 * @param monthOnly true when only the month is known; {@code from} and {@code to} then span the month
 */
public record ActivityDates(LocalDate from, LocalDate to, boolean monthOnly, boolean toBeConfirmed) {

    public ActivityDates {
        Require.present(from, "from");
        to = to == null ? from : to;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an activity cannot end before it starts");
        }
    }

    public static ActivityDates days(LocalDate from, LocalDate to, boolean toBeConfirmed) {
        return new ActivityDates(from, to, false, toBeConfirmed);
    }

    public static ActivityDates month(YearMonth month, boolean toBeConfirmed) {
        return new ActivityDates(month.atDay(1), month.atEndOfMonth(), true, toBeConfirmed);
    }
}
