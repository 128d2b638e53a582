package org.gsef.governance.command.deliberatelywrongtoo;

import org.gsef.governance.command.deliberatelywrong.CommandSideReachingIntoOps;

/** The other half of a deliberate cycle between two feature packages, for {@code ArchitectureRulesBiteTest} only. */
public class FeatureInACycle {
    public static final Class<?> CYCLE = CommandSideReachingIntoOps.class;
}
