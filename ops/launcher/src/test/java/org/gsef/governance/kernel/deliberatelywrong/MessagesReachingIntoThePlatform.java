package org.gsef.governance.kernel.deliberatelywrong;

import org.gsef.governance.platform.web.Problems;

/** A deliberately wrong import, for {@code ArchitectureRulesBiteTest} only: a message that knows the platform. */
public class MessagesReachingIntoThePlatform {
    public static final Class<?> WRONG = Problems.class;
}
