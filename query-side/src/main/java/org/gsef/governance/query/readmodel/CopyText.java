package org.gsef.governance.query.readmodel;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** A value in PostgreSQL's {@code COPY} text format: {@code \N} for null, the few special characters escaped. */
final class CopyText {

    private CopyText() {}

    static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case OffsetDateTime time -> text.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            default -> escape(text, value.toString());
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
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
}
