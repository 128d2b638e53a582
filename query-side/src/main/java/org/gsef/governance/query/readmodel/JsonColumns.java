package org.gsef.governance.query.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists and maps that a read model keeps in one column, as JSON: written and read here only, so that no value (a
 * seat, an agenda item with a comma or a line break) can be mistaken for a separator.
 */
public final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder()
            // Columns converted by a migration from the earlier joined text may hold raw tabs or line breaks.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    private JsonColumns() {}

    public static String list(Collection<String> values) {
        return JSON.writeValueAsString(List.copyOf(values));
    }

    /** The list in the column; an empty or null column is the empty list. */
    public static List<String> list(String column) {
        return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, LIST));
    }

    /** The map, its keys in order. */
    public static String map(Map<String, String> values) {
        return JSON.writeValueAsString(new TreeMap<>(values));
    }

    /** The map in the column, its keys in order; an empty or null column is the empty map. */
    public static TreeMap<String, String> map(String column) {
        return column == null || column.isBlank() ? new TreeMap<>() : JSON.readValue(column, MAP);
    }
}
