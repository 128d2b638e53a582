package org.gsef.governance.query.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order a caller asks for a table in: {@code sort=name} or {@code sort=-name} (descending), several separated by
 * commas. Only the fields a table names are accepted, mapped to its columns; nothing the caller sends reaches SQL.
 */
public final class Sorting {

    private Sorting() {}

    /**
     * @param fields the sortable fields, by their API name, with their column
     * @param tieBreak the column that makes the order total (the table's key)
     * @return the ORDER BY clause, without the keywords
     */
    public static String orderBy(String sort, Map<String, String> fields, String fallback, String tieBreak) {
        if (sort == null || sort.isBlank()) {
            return fallback + ", " + tieBreak;
        }
        List<String> terms = new ArrayList<>();
        for (String term : sort.split(",")) {
            String field = term.strip();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String column = fields.get(name);
            if (column == null) {
                throw new IllegalArgumentException("sort takes "
                        + String.join(", ", fields.keySet().stream().sorted().toList())
                        + ", each with an optional leading '-'; not '" + field + "'");
            }
            terms.add(column + (descending ? " DESC" : " ASC"));
        }
        terms.add(tieBreak);
        return String.join(", ", terms);
    }
}
