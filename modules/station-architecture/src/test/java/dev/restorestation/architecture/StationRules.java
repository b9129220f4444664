package dev.restorestation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout the modules keep (decision 1: ports in core, adapters in modules), as rules; the tests
 * apply them to the real classes and to planted breaches.
 */
final class StationRules {

    static final String CORE = "dev.restorestation.core..";
    static final String GUI = "dev.restorestation.gui..";
    static final String HISTORY = "dev.restorestation.history..";
    static final String BENCH_PACKAGE = "dev.restorestation.bench";
    static final String BENCH = BENCH_PACKAGE + "..";
    static final String CLI = "dev.restorestation.app.cli";

    private StationRules() {
    }

    static final ArchRule SWING_ONLY_IN_GUI = noClasses()
            .that().resideOutsideOfPackages(GUI, BENCH)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .as("only station-gui uses Swing or AWT (and the benchmarks that load its window)");

    static final ArchRule SQL_ONLY_IN_HISTORY = noClasses()
            .that().resideOutsideOfPackage(HISTORY)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .as("only station-history uses JDBC");

    static final ArchRule CORE_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage(CORE)
            // javax.net.ssl: the JDK's own TLS failures, which the core words; no other javax (never Swing)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..", "javax.net.ssl..")
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
            .layer("bench").definedBy(BENCH)
            .whereLayer("bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("bench")
            .whereLayer("gui").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("devices").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("firmware").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("history").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("restore").mayOnlyBeAccessedByLayers("app", "bench")
            .whereLayer("advisor").mayOnlyBeAccessedByLayers("app", "bench")
            .as("modules depend inward: adapters and the window on core only, the app on all, the benchmarks on"
                    + " anything and nothing on them");

    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices()
            .matching("dev.restorestation.(**)")
            .should().beFreeOfCycles()
            .as("no package of any module depends back on a package that depends on it");

    static final ArchRule HISTORY_PARTS_GET_WHAT_THEY_USE = noClasses()
            .that().resideInAPackage(HISTORY)
            .and().doNotHaveFullyQualifiedName("dev.restorestation.history.HistoryDatabase")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.restorestation.history.HistoryDatabase")
            .as("the history's JDBC classes are given the store they use, not the whole database that makes them");

    /** A program of its own: a command, a benchmark, or a class with a main method (a build-time check). */
    private static final DescribedPredicate<JavaClass> COMMAND_LINE = DescribedPredicate.describe(
            "a command-line program", StationRules::isCommandLine);

    static final ArchRule STANDARD_STREAMS_ONLY_ON_THE_COMMAND_LINE = noClasses()
            .that(DescribedPredicate.not(COMMAND_LINE))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .as("only the command line uses stdin, stdout and stderr; the window and the adapters log or return");

    private static boolean isCommandLine(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.getPackageName().startsWith(CLI) || outermost.getPackageName().startsWith(BENCH_PACKAGE)
                || outermost.getMethods().stream().anyMatch(method -> method.getName().equals("main")
                        && method.getModifiers().contains(JavaModifier.STATIC));
    }
}
