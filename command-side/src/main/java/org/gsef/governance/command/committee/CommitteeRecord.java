package org.gsef.governance.command.committee;

/**
 * The Committee as its events make it at this moment, for commands that act on the Committee's record without changing
 * it: who represents each seat, which seats hold the chair, the standing rules, the declared conflicts. Read afresh, so
 * that a delegate appointed through another process is known at once.
 */
@FunctionalInterface
public interface CommitteeRecord {

    /** The Committee, to read only; inside a command's unit of work. */
    Committee current();
}
