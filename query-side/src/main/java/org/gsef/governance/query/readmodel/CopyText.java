package org.gsef.governance.query.readmodel;

import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A value in PostgreSQL's {@code COPY} text format: {@code \N} for null, the few special characters escaped. */
final class CopyText {

    private static final int[] UNITS = {1, 10, 100, 1_000, 10_000, 100_000};

    private CopyText() {}

    static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case OffsetDateTime time -> time(text, time);
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            default -> escape(text, value.toString());
        }
    }

    /**
     * ISO 8601 as PostgreSQL reads it, written digit by digit: the times a fold writes are cut to the microsecond
     * ({@link FoldRow}), and {@code OffsetDateTime.toString} cost a rebuild's workers a twentieth of their time. Any
     * other (a year of more or less than four digits, nanoseconds, an offset in seconds) as {@code toString} writes it.
     */
    static void time(StringBuilder text, OffsetDateTime time) {
        int year = time.getYear();
        int nano = time.getNano();
        int offset = time.getOffset().getTotalSeconds();
        if (year < 1000 || year > 9999 || nano % 1000 != 0 || offset % 60 != 0) {
            text.append(time);
            return;
        }
        digits(text, year, 4);
        digits(text.append('-'), time.getMonthValue(), 2);
        digits(text.append('-'), time.getDayOfMonth(), 2);
        digits(text.append('T'), time.getHour(), 2);
        digits(text.append(':'), time.getMinute(), 2);
        digits(text.append(':'), time.getSecond(), 2);
        if (nano != 0) {
            digits(text.append('.'), nano / 1000, 6);
        }
        if (offset == 0) {
            text.append('Z');
        } else {
            int minutes = Math.abs(offset) / 60;
            digits(text.append(offset < 0 ? '-' : '+'), minutes / 60, 2);
            digits(text.append(':'), minutes % 60, 2);
        }
    }

    private static void digits(StringBuilder text, int value, int width) {
        for (int unit = UNITS[width - 1]; unit > 0; unit /= 10) {
            text.append((char) ('0' + value / unit % 10));
        }
    }

    private static void escape(StringBuilder text, String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            // the usual case, found by the JVM's vectorised search rather than a loop over every character
            text.append(value);
            return;
        }
        int first = 0;
        while (first < value.length() && !special(value.charAt(first))) {
            first++;
        }
        text.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
