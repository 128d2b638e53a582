package org.gsef.governance.query.readmodel;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A read model as its slice declares it (a {@code public static final ReadModel READ_MODEL} of its projection, which
 * the catalogue collects): the processor that builds it, how to make its projection over a given database (the live
 * tables, or the shadow tables of a rebuild), and the tables it owns.
 *
 * @param processor the name of its event processor, which is also how people name it
 * @param projection makes the projection that writes into the given database
 * @param folded the tables it writes, and nothing else writes, in the order its fold writes them
 */
public record ReadModel(String processor, Function<DataSource, Object> projection, List<FoldTable> folded) {

    public ReadModel {
        folded = List.copyOf(folded);
    }

    public static ReadModel of(String processor, Function<DataSource, Object> projection, FoldTable... tables) {
        return new ReadModel(processor, projection, Arrays.asList(tables));
    }

    /** The names of its tables. */
    public List<String> tables() {
        return folded.stream().map(FoldTable::name).toList();
    }

    /** The fold of a projection of this read model, over the given database. */
    public Fold fold(DataSource dataSource) {
        return new Fold(processor, dataSource, folded.toArray(FoldTable[]::new));
    }
}
