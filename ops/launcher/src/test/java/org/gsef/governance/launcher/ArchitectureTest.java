package org.gsef.governance.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of the design, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "org.gsef.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule query_side_does_not_depend_on_command_side = noClasses()
            .that()
            .resideInAPackage("org.gsef.governance.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gsef.governance.command..");

    @ArchTest
    static final ArchRule command_side_does_not_depend_on_query_side = noClasses()
            .that()
            .resideInAPackage("org.gsef.governance.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gsef.governance.query..");

    @ArchTest
    static final ArchRule platform_depends_on_neither_side = noClasses()
            .that()
            .resideInAPackage("org.gsef.governance.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.gsef.governance.command..", "org.gsef.governance.query..");

    @ArchTest
    static final ArchRule shared_kernel_uses_neither_spring_nor_jpa_nor_axon = noClasses()
            .that()
            .resideInAPackage("org.gsef.governance.kernel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.axonframework..");

    @ArchTest
    static final ArchRule domain_code_does_not_depend_on_web_code = noClasses()
            .that()
            .resideInAnyPackage("org.gsef.governance.command..", "org.gsef.governance.query..")
            .and()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "org.springframework.web..", "org.springframework.http..");
}
