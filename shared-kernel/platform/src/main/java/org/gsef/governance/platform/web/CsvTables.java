package org.gsef.governance.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every table the API answers (a list of records) can also be had as CSV (RFC 4180, UTF-8): ask with
 * {@code Accept: text/csv}. One column per field of the record, with the value its JSON representation gives; a field
 * that holds a structure holds its JSON.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return before one) as a formula, so a cell of text that starts with one of them is written as OWASP's "CSV Injection"
 * advises: quoted, after a single quote, which the spreadsheet shows and does not run. Numbers are told from text by
 * their type, never by their look: a value that is a number in JSON (a count, a position, a measured value, negative
 * or not) is written as it is and stays a number; the text {@code "-2"} typed into a name is text, and neutralised.
 */
@Configuration(proxyBeanMethods = false)
public class CsvTables implements WebMvcConfigurer {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper json;

    public CsvTables(JsonMapper json) {
        this.json = json;
    }

    /** Last in line, so that a caller who accepts anything still gets JSON. */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.add(new Converter(json)));
    }

    /**
     * A cell of text as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break, quotes doubled),
     * neutralised when a spreadsheet would take it for a formula: then quoted and prefixed with a single quote.
     */
    public static String text(String value) {
        if (formula(value)) {
            return "\"'" + value.replace("\"", "\"\"") + "\"";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /**
     * A cell for a value the system itself holds: a number (of a numeric type) as it is, anything else as
     * {@link #text(String)}.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? number.toString() : text(value.toString());
    }

    /** Whether a spreadsheet would run the text as a formula (OWASP's list of leading characters). */
    static boolean formula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    static final class Converter extends AbstractGenericHttpMessageConverter<Object> {

        private final JsonMapper json;

        Converter(JsonMapper json) {
            super(TEXT_CSV);
            this.json = json;
        }

        @Override
        protected boolean supports(Class<?> type) {
            return Collection.class.isAssignableFrom(type);
        }

        @Override
        public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
            return false;
        }

        @Override
        protected void writeInternal(Object value, Type type, HttpOutputMessage output) throws IOException {
            Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
            List<JsonNode> rows = ((Collection<?>) value)
                    .stream().map(row -> (JsonNode) json.valueToTree(row)).toList();
            List<String> columns = columns(rowType(type, (Collection<?>) value), rows);
            writer.write(String.join(",", columns.stream().map(CsvTables::text).toList()) + "\r\n");
            for (JsonNode row : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    cells.add(cell(row.get(column)));
                }
                writer.write(String.join(",", cells) + "\r\n");
            }
            writer.flush();
        }

        /** The record the table is made of: declared by the endpoint, or else that of its first row. */
        private static Class<?> rowType(Type type, Collection<?> rows) {
            if (type instanceof ParameterizedType list
                    && list.getActualTypeArguments().length == 1
                    && list.getActualTypeArguments()[0] instanceof Class<?> declared) {
                return declared;
            }
            return rows.isEmpty() ? null : rows.iterator().next().getClass();
        }

        /** The record's fields in their order; for rows of another kind, the fields of the first one's JSON. */
        private static List<String> columns(Class<?> rowType, List<JsonNode> rows) {
            if (rowType != null && rowType.isRecord()) {
                return Arrays.stream(rowType.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList();
            }
            return rows.isEmpty() || !rows.getFirst().isObject()
                    ? List.of()
                    : List.copyOf(rows.getFirst().propertyNames());
        }

        /** A JSON number stays a number; a structure is written as its JSON; anything else is text. */
        private String cell(JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return "";
            }
            if (value.isNumber()) {
                return value.asString();
            }
            if (value.isContainer() || value.isPojo()) {
                return text(json.writeValueAsString(value));
            }
            return text(value.asString());
        }

        @Override
        protected Object readInternal(Class<?> type, HttpInputMessage input) {
            throw new UnsupportedOperationException("CSV is written, never read");
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
            throw new UnsupportedOperationException("CSV is written, never read");
        }
    }
}
