package org.gsef.governance.query.readmodel;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rows one fold touches in one batch of events: each loaded once (by key, when first asked for), changed in
 * memory by the events, and written once at the end with multi-row statements ({@link FoldWriter}).
 *
 * <p>While an event is being applied ({@link #beginEvent}), the state of every row it changes is noted first, so that
 * an event that fails can be undone ({@link #undoEvent}) and the others in the batch kept: the in-memory counterpart of
 * a savepoint per event.
 *
 * <p>A rebuild keeps one batch state for the whole replay ({@code startsEmpty}): its tables start empty, so a row not
 * in memory is not in the table either, until rows had to be evicted to bound the memory; then it is looked up.
 */
public final class FoldBatch {

    /**
     * A row's key: its values as a list, its hash computed once (a batch looks a row up by its key several times, and a
     * list's hash is computed again at every call).
     */
    private static final class Key extends AbstractList<Object> implements RandomAccess {

        private final Object[] values;
        private final int hash;

        Key(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other instanceof Key key) {
                return hash == key.hash && Arrays.equals(values, key.values);
            }
            return super.equals(other);
        }
    }

    /** Rows kept between the batches of a rebuild, per table. */
    static final int REBUILD_ROWS_KEPT = 50_000;

    /** Columns a new row makes room for at once (the widest tables: ballots 31, the audit trail 18). */
    private static final int COLUMNS = 32;

    private final FoldWriter writer;
    private final List<FoldTable> tables;
    private final boolean startsEmpty;
    private final int rowsKept;
    private final Map<FoldTable, LinkedHashMap<List<Object>, FoldRow>> rows = new HashMap<>();
    private final Map<FoldTable, Boolean> evicted = new HashMap<>();
    /**
     * In a rebuild, the keys of the rows written and then let go from memory, per table (append-only tables aside):
     * a key not among them is not in the table either, so looking for it needs no query.
     */
    private final Map<FoldTable, Set<List<Object>>> evictedKeys = new HashMap<>();
    /** The rows changed since the last flush, per table: a flush visits these, not every row kept in memory. */
    private final Map<FoldTable, LinkedHashSet<FoldRow>> changedRows = new HashMap<>();

    private final List<String> events = new ArrayList<>();
    private final Map<String, Object> attachments = new HashMap<>();
    private List<String> upcoming = List.of();
    private Map<String, Long> knownPositions = Map.of();
    private Deque<Runnable> journal;
    private Set<FoldRow> touched;
    private int changed;

    FoldBatch(FoldWriter writer, List<FoldTable> tables, boolean startsEmpty) {
        this(writer, tables, startsEmpty, REBUILD_ROWS_KEPT);
    }

    FoldBatch(FoldWriter writer, List<FoldTable> tables, boolean startsEmpty, int rowsKept) {
        this.writer = writer;
        this.tables = tables;
        this.startsEmpty = startsEmpty;
        this.rowsKept = rowsKept;
        tables.forEach(table -> {
            rows.put(table, new LinkedHashMap<>(64, 0.75f, true));
            changedRows.put(table, new LinkedHashSet<>());
        });
    }

    /** The row with this key, if the table has it (as the events of the batch left it so far). */
    public Optional<FoldRow> find(FoldTable table, Object... key) {
        return find(table, new Key(key));
    }

    private Optional<FoldRow> find(FoldTable table, Key id) {
        LinkedHashMap<List<Object>, FoldRow> cached = cached(table);
        FoldRow row = cached.get(id);
        if (row == null && !cached.containsKey(id)) {
            Map<String, Object> loaded = mayBeStored(table, id) ? writer.load(table, id) : null;
            row = loaded == null ? null : new FoldRow(this, table, id, loaded, true);
            cached.put(id, row);
        }
        return row == null || row.deleted ? Optional.empty() : Optional.of(row);
    }

    /** The row with this key, made (its columns all null) when the table has none. */
    public FoldRow row(FoldTable table, Object... key) {
        Key id = new Key(key);
        return find(table, id).orElseGet(() -> create(table, id));
    }

    /**
     * A new row of an append-only table, written unless the table has a row with its key already (an event handled a
     * second time); never looked up.
     */
    public FoldRow insert(FoldTable table, Object... key) {
        return create(table, new Key(key));
    }

    public void delete(FoldTable table, Object... key) {
        find(table, key).ifPresent(row -> {
            touch(row);
            row.deleted = true;
            row.dirty = true;
            changed(row);
        });
    }

    private FoldRow create(FoldTable table, List<Object> key) {
        LinkedHashMap<List<Object>, FoldRow> cached = cached(table);
        FoldRow existing = cached.get(key);
        boolean persisted = existing != null && existing.persisted;
        FoldRow row = new FoldRow(this, table, key, HashMap.newHashMap(COLUMNS), persisted);
        if (journal != null) {
            boolean had = cached.containsKey(key);
            journal.push(() -> {
                if (had) {
                    cached.put(key, existing);
                } else {
                    cached.remove(key);
                }
            });
            touched.add(row);
        }
        for (int i = 0; i < key.size(); i++) {
            row.values.put(table.key().get(i), key.get(i));
        }
        row.dirty = true;
        cached.put(key, row);
        changed(row);
        return row;
    }

    private LinkedHashMap<List<Object>, FoldRow> cached(FoldTable table) {
        LinkedHashMap<List<Object>, FoldRow> cached = rows.get(table);
        if (cached == null) {
            throw new IllegalArgumentException("the fold does not own table " + table.name());
        }
        return cached;
    }

    private boolean mayBeStored(FoldTable table, List<Object> key) {
        if (!startsEmpty || !evicted.getOrDefault(table, false)) {
            return !startsEmpty;
        }
        Set<List<Object>> keys = evictedKeys.get(table);
        return keys == null || keys.contains(key);
    }

    /** Starts applying one event; {@code id} is remembered to retry the batch event by event should it fail. */
    void beginEvent(String id) {
        events.add(id);
        journal = new ArrayDeque<>();
        touched = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    void endEvent() {
        journal = null;
        touched = null;
    }

    /** Puts back every row the current event changed, made or deleted as it was before, in reverse order. */
    void undoEvent() {
        if (journal != null) {
            journal.forEach(Runnable::run);
        }
        endEvent();
    }

    /** Notes a row changed, to be written at the next flush. */
    void changed(FoldRow row) {
        changedRows.get(row.table).add(row);
    }

    /** Whether the row is still the one the batch holds for its key (an undone event may have dropped it). */
    private boolean held(FoldRow row) {
        return rows.get(row.table).get(row.key) == row;
    }

    void touch(FoldRow row) {
        if (journal != null && touched.add(row)) {
            Map<String, Object> values = row.copyOfValues();
            boolean persisted = row.persisted;
            boolean dirty = row.dirty;
            boolean deleted = row.deleted;
            journal.push(() -> {
                row.values.clear();
                row.values.putAll(values);
                row.persisted = persisted;
                row.dirty = dirty;
                row.deleted = deleted;
            });
        }
    }

    /**
     * Something a projection keeps for the rest of the batch (not undone with an event, dropped when the batch is
     * written).
     */
    @SuppressWarnings("unchecked")
    public <T> T attachment(String name, Supplier<T> made) {
        return (T) attachments.computeIfAbsent(name, key -> made.get());
    }

    /** The identifiers of the events in the batch being applied, the current one and those after it included. */
    public List<String> upcoming() {
        return upcoming;
    }

    void upcoming(List<String> identifiers) {
        upcoming(identifiers, Map.of());
    }

    void upcoming(List<String> identifiers, Map<String, Long> positions) {
        upcoming = identifiers;
        knownPositions = positions;
    }

    /**
     * The event's position in the store when whoever handed the batch knew it (a rebuild, reading the store in order),
     * else null.
     */
    public Long knownPosition(String eventId) {
        return knownPositions.get(eventId);
    }

    List<String> events() {
        return events;
    }

    /** How many rows the batch has changed and not written yet. */
    int pending() {
        int pending = 0;
        for (LinkedHashSet<FoldRow> changed : changedRows.values()) {
            for (FoldRow row : changed) {
                if (row.dirty && held(row)) {
                    pending++;
                }
            }
        }
        return pending;
    }

    /**
     * Writes every changed row, table by table in the order the fold names them (deletions first), and marks them
     * written. In a rebuild the rows stay in memory for the next batch, up to a bound; append-only rows never do.
     */
    void flush(boolean keep) {
        for (FoldTable table : tables) {
            List<FoldRow> deletions = new ArrayList<>();
            List<FoldRow> writes = new ArrayList<>();
            List<FoldRow> inserts = new ArrayList<>();
            for (FoldRow row : changedRows.get(table)) {
                if (!row.dirty || !held(row)) {
                    continue;
                }
                if (row.deleted) {
                    if (row.persisted) {
                        deletions.add(row);
                    }
                } else if (startsEmpty && !row.persisted) {
                    inserts.add(row);
                } else {
                    writes.add(row);
                }
            }
            writer.delete(table, deletions);
            writer.write(table, writes);
            writer.insert(table, inserts);
            changed += deletions.size() + writes.size() + inserts.size();
        }
        for (FoldTable table : tables) {
            LinkedHashMap<List<Object>, FoldRow> cached = rows.get(table);
            for (FoldRow row : changedRows.get(table)) {
                if (!held(row)) {
                    continue;
                }
                if (row.deleted) {
                    cached.remove(row.key);
                } else {
                    row.persisted = true;
                    row.dirty = false;
                }
            }
            changedRows.get(table).clear();
            if (!keep || table.appendOnly()) {
                if (!cached.isEmpty()) {
                    evicted.put(table, true);
                }
                cached.clear();
            } else if (cached.size() > rowsKept) {
                evicted.put(table, true);
                Set<List<Object>> keys = evictedKeys.computeIfAbsent(table, any -> new HashSet<>());
                Iterator<Map.Entry<List<Object>, FoldRow>> oldest =
                        cached.entrySet().iterator();
                while (cached.size() > rowsKept / 2 && oldest.hasNext()) {
                    Map.Entry<List<Object>, FoldRow> row = oldest.next();
                    if (row.getValue() != null) {
                        keys.add(row.getKey());
                    }
                    oldest.remove();
                }
            }
        }
        events.clear();
        attachments.clear();
    }

    /** Forgets every row held: they are read again from the tables when asked for. */
    void forget() {
        changedRows.values().forEach(Set::clear);
        evictedKeys.clear();
        rows.forEach((table, cached) -> {
            if (!cached.isEmpty()) {
                evicted.put(table, true);
            }
            cached.clear();
        });
        events.clear();
    }

    /** Rows written so far (a rebuild's figure). */
    int changed() {
        return changed;
    }
}
