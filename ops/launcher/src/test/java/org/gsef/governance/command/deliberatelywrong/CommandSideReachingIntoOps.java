package org.gsef.governance.command.deliberatelywrong;

import org.gsef.governance.command.deliberatelywrongtoo.FeatureInACycle;
import org.gsef.governance.launcher.GsefGovernance;

/**
 * Deliberately wrong imports, for {@code ArchitectureRulesBiteTest} only: a side that knows how it is launched, and a
 * feature package in a cycle with another.
 */
public class CommandSideReachingIntoOps {
    public static final Class<?> WRONG = GsefGovernance.class;
    public static final Class<?> CYCLE = FeatureInACycle.class;
}
