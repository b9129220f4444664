package dev.restorestation.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/** The layout DESIGN.md asks for, as rules; the tests apply them to the real classes and to planted breaches. */
final class StationRules {

    static final String CORE = "dev.restorestation.core..";
    static final String GUI = "dev.restorestation.gui..";
    static final String HISTORY = "dev.restorestation.history..";

    private StationRules() {
    }

    static final ArchRule SWING_ONLY_IN_GUI = noClasses()
            .that().resideOutsideOfPackage(GUI)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .as("only station-gui uses Swing or AWT");

    static final ArchRule SQL_ONLY_IN_HISTORY = noClasses()
            .that().resideOutsideOfPackage(HISTORY)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .as("only station-history uses JDBC");

    static final ArchRule CORE_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
            .as("station-core depends on nothing but the JDK");

    static final ArchRule MODULES_DEPEND_INWARD = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy(CORE)
            .layer("devices").definedBy("dev.restorestation.devices..")
            .layer("firmware").definedBy("dev.restorestation.firmware..")
            .layer("history").definedBy(HISTORY)
            .layer("restore").definedBy("dev.restorestation.restore..")
            .layer("advisor").definedBy("dev.restorestation.advisor..")
            .layer("gui").definedBy(GUI)
            .layer("app").definedBy("dev.restorestation.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("gui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("devices").mayOnlyBeAccessedByLayers("app")
            .whereLayer("firmware").mayOnlyBeAccessedByLayers("app")
            .whereLayer("history").mayOnlyBeAccessedByLayers("app")
            .whereLayer("restore").mayOnlyBeAccessedByLayers("app")
            .whereLayer("advisor").mayOnlyBeAccessedByLayers("app")
            .as("modules depend inward: adapters and the window on core only, the app on all");
}
