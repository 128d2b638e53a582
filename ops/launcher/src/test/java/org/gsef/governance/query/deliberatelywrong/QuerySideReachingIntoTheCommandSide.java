package org.gsef.governance.query.deliberatelywrong;

import org.gsef.governance.command.AggregateCaching;

/** A deliberately wrong import, for {@code ArchitectureRulesBiteTest} only: one side that knows the other. */
public class QuerySideReachingIntoTheCommandSide {
    public static final Class<?> WRONG = AggregateCaching.class;
}
