package org.gsef.governance.query.readmodel;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of a read-model table as a fold holds it during a batch: its columns by (lower-case) name. Setting a column
 * marks the row to be written at the end of the batch.
 */
public final class FoldRow {

    final FoldTable table;
    final List<Object> key;
    final Map<String, Object> values;
    private final FoldBatch batch;
    boolean persisted;
    boolean dirty;
    boolean deleted;

    FoldRow(FoldBatch batch, FoldTable table, List<Object> key, Map<String, Object> values, boolean persisted) {
        this.batch = batch;
        this.table = table;
        this.key = key;
        this.values = values;
        this.persisted = persisted;
    }

    public FoldRow set(String column, Object value) {
        batch.touch(this);
        values.put(column, microseconds(value));
        dirty = true;
        batch.changed(this);
        return this;
    }

    /** Sets every column of the map, by the same names. */
    public FoldRow setAll(Map<String, ?> columns) {
        columns.forEach(this::set);
        return this;
    }

    /**
     * A time as the database keeps it, to the microsecond, cut here rather than rounded there: the live statements'
     * driver and a rebuild's {@code COPY} round a nanosecond differently, and rows rebuilt must equal rows written live.
     */
    private static Object microseconds(Object value) {
        return value instanceof OffsetDateTime time ? time.truncatedTo(ChronoUnit.MICROS) : value;
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    /** A numeric column, zero when null. */
    public long number(String column) {
        Object value = values.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public UUID uuid(String column) {
        Object value = values.get(column);
        return value == null ? null : value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    Map<String, Object> copyOfValues() {
        return new HashMap<>(values);
    }
}
