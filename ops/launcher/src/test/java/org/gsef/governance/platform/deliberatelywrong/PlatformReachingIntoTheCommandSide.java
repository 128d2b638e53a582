package org.gsef.governance.platform.deliberatelywrong;

import org.gsef.governance.command.AggregateCaching;

/** A deliberately wrong import, for {@code ArchitectureRulesBiteTest} only: shared code that knows a side. */
public class PlatformReachingIntoTheCommandSide {
    public static final Class<?> WRONG = AggregateCaching.class;
}
