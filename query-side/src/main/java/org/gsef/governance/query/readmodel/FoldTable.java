package org.gsef.governance.query.readmodel;

import java.util.List;

/**
 * A table a fold writes: its name and the columns of its primary key. An append-only table (the audit trail) is never
 * read back by its fold: its rows are inserted once, an existing row left as it is, and not kept after the batch.
 */
public record FoldTable(String name, List<String> key, boolean appendOnly) {

    public FoldTable {
        key = List.copyOf(key);
    }

    public static FoldTable of(String name, String... key) {
        return new FoldTable(name, List.of(key), false);
    }

    public static FoldTable appendOnly(String name, String... key) {
        return new FoldTable(name, List.of(key), true);
    }
}
