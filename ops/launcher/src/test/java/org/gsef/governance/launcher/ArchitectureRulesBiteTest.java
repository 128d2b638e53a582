package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.command.deliberatelywrong.CommandSideReachingIntoOps;
import org.gsef.governance.command.deliberatelywrongtoo.FeatureInACycle;
import org.gsef.governance.kernel.deliberatelywrong.MessagesReachingIntoThePlatform;
import org.gsef.governance.platform.deliberatelywrong.PlatformReachingIntoTheCommandSide;
import org.gsef.governance.platform.web.Problems;
import org.gsef.governance.query.deliberatelywrong.QuerySideReachingIntoTheCommandSide;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules bite: each fails on a deliberately wrong import kept in the test sources (which
 * {@link ArchitectureTest} leaves out), and names the class that made it.
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses WRONG = new ClassFileImporter()
            .importClasses(
                    PlatformReachingIntoTheCommandSide.class,
                    MessagesReachingIntoThePlatform.class,
                    QuerySideReachingIntoTheCommandSide.class,
                    CommandSideReachingIntoOps.class,
                    FeatureInACycle.class,
                    AggregateCaching.class,
                    Problems.class,
                    GsefGovernance.class);

    @Test
    void shared_code_that_knows_a_side_is_refused() {
        assertViolatedBy(
                ArchitectureTest.shared_code_depends_on_neither_side_nor_ops, "PlatformReachingIntoTheCommandSide");
    }

    @Test
    void messages_that_know_the_platform_are_refused() {
        assertViolatedBy(
                ArchitectureTest.the_messages_do_not_depend_on_the_platform, "MessagesReachingIntoThePlatform");
    }

    @Test
    void one_side_that_knows_the_other_is_refused() {
        assertViolatedBy(
                ArchitectureTest.query_side_does_not_depend_on_command_side, "QuerySideReachingIntoTheCommandSide");
    }

    @Test
    void a_side_that_knows_ops_is_refused() {
        assertViolatedBy(ArchitectureTest.the_sides_do_not_depend_on_ops, "CommandSideReachingIntoOps");
    }

    @Test
    void feature_packages_in_a_cycle_are_refused() {
        assertViolatedBy(ArchitectureTest.command_side_features_are_free_of_cycles, "FeatureInACycle");
    }

    private static void assertViolatedBy(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(WRONG);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
    }
}
