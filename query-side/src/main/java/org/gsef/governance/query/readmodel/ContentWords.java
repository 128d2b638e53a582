package org.gsef.governance.query.readmodel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a JSON document, as a search by words finds them ({@link TitleSearch#pattern}): its texts and numbers,
 * lower-cased, one value a line. Not words: the field names, identifiers (UUIDs, wherever they stand: a filter by entity
 * finds those), instants (a time range finds those) and sealed personal data (a ciphertext). The audit trail keeps the
 * words of each event's content beside it (its {@code words} column, read-model migration V24), with a trigram index on
 * PostgreSQL: an index of the whole content took every key, id and timestamp of every event (117 to 215 trigrams
 * an event of the benchmark's commands), and its upkeep wrote most of the write-ahead log a command caused (measured
 * in issue #21).
 */
public final class ContentWords {

    private static final JsonFactory JSON = new JsonFactory();

    /** Field names whose value is sealed personal data, never words. */
    private static final String CIPHERTEXT = "ciphertext";

    private static final Pattern NOT_WORDS =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    private ContentWords() {}

    /** The words of a content (a JSON document); the content itself, lower-cased, when it is not JSON. */
    public static String of(String content) {
        StringBuilder words = new StringBuilder(content.length());
        try (JsonParser parser = JSON.createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && !CIPHERTEXT.equals(parser.currentName())) {
                    add(words, parser.getText());
                } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    add(words, parser.getText());
                }
            }
        } catch (IOException notJson) {
            return content.toLowerCase(Locale.ROOT);
        }
        return words.toString();
    }

    private static void add(StringBuilder words, String value) {
        String kept = value.indexOf('-') >= 0
                ? NOT_WORDS.matcher(value).replaceAll(" ").strip()
                : value.strip();
        if (kept.isEmpty()) {
            return;
        }
        if (!words.isEmpty()) {
            words.append('\n');
        }
        words.append(kept.toLowerCase(Locale.ROOT));
    }
}
