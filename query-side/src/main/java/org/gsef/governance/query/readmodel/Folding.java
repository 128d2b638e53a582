package org.gsef.governance.query.readmodel;

/**
 * A projection written as a fold: its handlers change rows of its {@link Fold}'s batch in memory instead of writing
 * to the database, so live processing and rebuilds apply the same code and write once per batch.
 */
public interface Folding {

    Fold fold();
}
