package org.gsef.governance.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.gsef.governance.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    @ArchTest
    static final ArchRule shared_kernel_depends_on_the_jdk_only =
            classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.gsef.governance.kernel..", "java..");

    @ArchTest
    static final ArchRule events_and_commands_are_records = classes()
            .that()
            .haveNameMatching(".*(Event|Command)\\$.*")
            .and()
            .areNotInterfaces()
            .should()
            .beRecords();
}
