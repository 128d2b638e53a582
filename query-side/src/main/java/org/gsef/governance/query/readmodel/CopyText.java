package org.gsef.governance.query.readmodel;

import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A value in PostgreSQL's {@code COPY} text format: {@code \N} for null, the few special characters escaped. */
final class CopyText {

    private CopyText() {}

    static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            // ISO 8601 as PostgreSQL reads it (seconds left out when zero), without a formatter's cost per value
            case OffsetDateTime time -> text.append(time);
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            default -> escape(text, value.toString());
        }
    }

    private static void escape(StringBuilder text, String value) {
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
