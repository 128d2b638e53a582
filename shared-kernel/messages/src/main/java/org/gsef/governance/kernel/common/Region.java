package org.gsef.governance.kernel.common;

/** The world regions GSEF organises its members and policy dialogues by. */
public enum Region {
    ASIA_PACIFIC,
    EUROPE,
    AFRICA,
    LATIN_AMERICA_AND_CARIBBEAN,
    NORTH_AMERICA
}
