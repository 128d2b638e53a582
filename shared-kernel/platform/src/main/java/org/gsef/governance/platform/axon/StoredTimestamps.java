package org.gsef.governance.platform.axon;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the event store's timestamps, which Axon keeps as text in one fixed form ({@code 2019-05-16T20:10:10.000Z},
 * milliseconds, UTC: {@link DateTimeUtils#formatInstant}). Axon parses each with a {@code DateTimeFormatter}, a tenth
 * of a rebuild's time in a profile; this reads the fixed form by its positions and leaves any other form to Axon.
 */
public final class StoredTimestamps {

    private static final int LENGTH = "2019-05-16T20:10:10.000Z".length();

    private StoredTimestamps() {}

    public static Instant parse(CharSequence text) {
        if (text.length() == LENGTH
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if (year >= 0
                    && month >= 0
                    && day >= 0
                    && hour >= 0
                    && hour < 24
                    && minute >= 0
                    && minute < 60
                    && second >= 0
                    && second < 60
                    && millis >= 0) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(
                            days * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
                } catch (DateTimeException e) {
                    // not a date (a 30th of February): Axon's parser says so in its own words
                }
            }
        }
        return DateTimeUtils.parseInstant(text);
    }

    /** The number written by {@code count} decimal digits from {@code from}, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
