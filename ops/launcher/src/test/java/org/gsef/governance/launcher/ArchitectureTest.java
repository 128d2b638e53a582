package org.gsef.governance.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of dependencies, checked on the compiled classes of every module: {@code ops} (the launcher, the
 * benchmark and fault tools) depends on the two sides, the sides depend on what they share ({@code kernel}: the
 * messages; {@code platform}: the infrastructure), and nothing shared depends on a side or on {@code ops}.
 * {@link ArchitectureRulesBiteTest} shows that each rule fails on a deliberately wrong import.
 */
@AnalyzeClasses(
        packages = "org.gsef.governance",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    static final String KERNEL = "org.gsef.governance.kernel..";
    static final String PLATFORM = "org.gsef.governance.platform..";
    static final String COMMAND_SIDE = "org.gsef.governance.command..";
    static final String QUERY_SIDE = "org.gsef.governance.query..";
    static final String[] OPS = {"org.gsef.governance.launcher..", "org.gsef.governance.benchmark.."};

    @ArchTest
    static final ArchRule query_side_does_not_depend_on_command_side = noClasses()
            .that()
            .resideInAPackage(QUERY_SIDE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(COMMAND_SIDE);

    @ArchTest
    static final ArchRule command_side_does_not_depend_on_query_side = noClasses()
            .that()
            .resideInAPackage(COMMAND_SIDE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(QUERY_SIDE);

    @ArchTest
    static final ArchRule shared_code_depends_on_neither_side_nor_ops = noClasses()
            .that()
            .resideInAnyPackage(KERNEL, PLATFORM)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(OPS, COMMAND_SIDE, QUERY_SIDE));

    @ArchTest
    static final ArchRule the_messages_do_not_depend_on_the_platform = noClasses()
            .that()
            .resideInAPackage(KERNEL)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(PLATFORM);

    @ArchTest
    static final ArchRule the_sides_do_not_depend_on_ops = noClasses()
            .that()
            .resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OPS);

    @ArchTest
    static final ArchRule shared_kernel_uses_neither_spring_nor_jpa_nor_axon = noClasses()
            .that()
            .resideInAPackage(KERNEL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.axonframework..");

    @ArchTest
    static final ArchRule domain_code_does_not_depend_on_web_code = noClasses()
            .that()
            .resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE)
            .and()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule command_side_features_are_free_of_cycles =
            slices().matching("org.gsef.governance.command.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule query_side_features_are_free_of_cycles =
            slices().matching("org.gsef.governance.query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platform_features_are_free_of_cycles =
            slices().matching("org.gsef.governance.platform.(*)..").should().beFreeOfCycles();

    /** Test classes packaged in a module's test jar (which a reactor build puts on the classpath) are no design. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar!?/.*"));
        }
    }

    static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
