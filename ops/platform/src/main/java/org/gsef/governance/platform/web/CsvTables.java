package org.gsef.governance.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every table the API answers (a list of records) can also be had as CSV (RFC 4180, UTF-8): ask with
 * {@code Accept: text/csv}. One column per field of the record; a field that holds a structure holds its JSON.
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

    /** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
    public static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
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
            List<?> rows = List.copyOf((Collection<?>) value);
            Class<?> rowType = rowType(type, rows);
            RecordComponent[] columns =
                    rowType != null && rowType.isRecord() ? rowType.getRecordComponents() : new RecordComponent[0];
            StringBuilder header = new StringBuilder();
            for (RecordComponent column : columns) {
                header.append(header.isEmpty() ? "" : ",").append(field(column.getName()));
            }
            writer.write(header.append("\r\n").toString());
            for (Object row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns.length; i++) {
                    try {
                        line.append(i == 0 ? "" : ",")
                                .append(field(text(columns[i].getAccessor().invoke(row))));
                    } catch (ReflectiveOperationException e) {
                        throw new IOException("cannot read " + columns[i].getName(), e);
                    }
                }
                writer.write(line.append("\r\n").toString());
            }
            writer.flush();
        }

        /** The record the table is made of: declared by the endpoint, or else that of its first row. */
        private static Class<?> rowType(Type type, List<?> rows) {
            if (type instanceof ParameterizedType list
                    && list.getActualTypeArguments().length == 1
                    && list.getActualTypeArguments()[0] instanceof Class<?> declared) {
                return declared;
            }
            return rows.isEmpty() ? null : rows.getFirst().getClass();
        }

        private String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof CharSequence
                    || value instanceof Number
                    || value instanceof Boolean
                    || value instanceof Enum<?>
                    || value instanceof TemporalAccessor
                    || value instanceof java.util.UUID) {
                return value.toString();
            }
            if (value instanceof Collection<?>
                    || value instanceof Map<?, ?>
                    || value.getClass().isRecord()) {
                return json.writeValueAsString(value);
            }
            return value.toString();
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
