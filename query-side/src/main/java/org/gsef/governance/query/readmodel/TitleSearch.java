package org.gsef.governance.query.readmodel;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding a read model's rows by words in their name or title, whatever their case, a wildcard typed in the words taken
 * literally: the one way every slice answers the search box, each over its own table (named by its queries class, never
 * by the caller).
 */
public final class TitleSearch {

    /** The most rows found in one table. */
    public static final int LIMIT = 20;

    private TitleSearch() {}

    /**
     * @param on the day the row is about (joined, submitted, opened, the first day), as an ISO date, if known
     */
    public record Found(UUID id, String title, String status, String on) {}

    /** The LIKE pattern of the words: anywhere, lower case, {@code %}, {@code _} and {@code \} escaped. */
    public static String pattern(String words) {
        return "%"
                + words.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }

    /**
     * Up to {@link #LIMIT} rows of {@code table} whose {@code title} column matches the pattern, by title; only the row
     * whose {@code id} is {@code only} when given. The table and columns are the calling slice's fixed names.
     */
    public static List<Found> find(
            JdbcClient jdbc, String table, String id, String title, String day, String pattern, UUID only) {
        return jdbc.sql("SELECT " + id + " AS id, " + title + " AS title, status, " + day + " AS on_day FROM " + table
                        + " WHERE LOWER(" + title + ") LIKE :pattern ESCAPE '\\'"
                        + (only == null ? "" : " AND " + id + " = :only")
                        + " ORDER BY " + title + ", " + id
                        + " FETCH FIRST " + LIMIT + " ROWS ONLY")
                .param("pattern", pattern)
                .param("only", only)
                .query((rs, row) -> {
                    Object onDay = rs.getObject("on_day");
                    return new Found(
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getString("status"),
                            onDay == null ? null : String.valueOf(onDay).substring(0, 10));
                })
                .list();
    }
}
