package org.gsef.governance.kernel.membership;

import java.util.regex.Pattern;

/** The code of a voting seat of the Steering Committee, such as {@code seoul-city}. */
public record SeatId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public SeatId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "seat must be 2 to 40 lower-case letters, digits or dashes, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
