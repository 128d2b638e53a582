package org.gsef.governance.query.forum;

/** A forum edition in the read model: held already, or in preparation. */
public enum EditionStage {
    PAST,
    IN_PREPARATION
}
