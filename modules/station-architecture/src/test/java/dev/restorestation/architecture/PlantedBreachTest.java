package dev.restorestation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.restorestation.app.Station;
import dev.restorestation.app.planted.ReachesIntoBench;
import dev.restorestation.bench.Benchmarks;
import dev.restorestation.core.planted.CoreReachingOut;
import dev.restorestation.core.planted.PrintsToStdout;
import dev.restorestation.core.planted.SqlInCore;
import dev.restorestation.core.planted.SwingInCore;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.history.planted.HandedTheWholeDatabase;
import dev.restorestation.planted.cycle.left.Left;
import dev.restorestation.planted.cycle.right.Right;
import org.junit.jupiter.api.Test;

/** The rules must catch the breaches they exist for; a rule that passes everything proves nothing. */
class PlantedBreachTest {

    @Test
    void aSwingImportInCoreBreaksTheBuild() {
        assertBreaks(StationRules.SWING_ONLY_IN_GUI, classes(SwingInCore.class), "javax.swing.JPanel");
        assertBreaks(StationRules.CORE_USES_ONLY_THE_JDK, classes(SwingInCore.class), "javax.swing.JPanel");
    }

    @Test
    void jdbcOutsideHistoryBreaksTheBuild() {
        assertBreaks(StationRules.SQL_ONLY_IN_HISTORY, classes(SqlInCore.class), "java.sql.Connection");
    }

    @Test
    void coreDependingOnAnAdapterBreaksTheBuild() {
        JavaClasses planted = classes(CoreReachingOut.class, DeviceCatalog.class);
        assertBreaks(StationRules.MODULES_DEPEND_INWARD, planted, "DeviceCatalog");
        assertBreaks(StationRules.CORE_USES_ONLY_THE_JDK, planted, "DeviceCatalog");
    }

    @Test
    void aPackageCycleBreaksTheBuild() {
        assertBreaks(StationRules.PACKAGES_FREE_OF_CYCLES, classes(Left.class, Right.class), "planted.cycle.left");
    }

    @Test
    void aHistoryPartHandedTheWholeDatabaseBreaksTheBuild() {
        assertBreaks(StationRules.HISTORY_PARTS_GET_WHAT_THEY_USE, classes(HandedTheWholeDatabase.class),
                "HandedTheWholeDatabase");
    }

    @Test
    void printingOutsideTheCommandLineBreaksTheBuild() {
        assertBreaks(StationRules.STANDARD_STREAMS_ONLY_ON_THE_COMMAND_LINE, classes(PrintsToStdout.class),
                "PrintsToStdout.report");
    }

    @Test
    void theStationDependingOnItsBenchmarksBreaksTheBuild() {
        assertBreaks(StationRules.MODULES_DEPEND_INWARD, classes(ReachesIntoBench.class, Benchmarks.class), "Benchmarks");
    }

    @Test
    void theCommandLineAndTheBenchmarksMayPrint() {
        JavaClasses programs = classes(Benchmarks.class, Station.class, PrintsToStdout.class);

        EvaluationResult result = StationRules.STANDARD_STREAMS_ONLY_ON_THE_COMMAND_LINE.evaluate(programs);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString().contains("PrintsToStdout");
    }

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    private static void assertBreaks(ArchRule rule, JavaClasses classes, String culprit) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(culprit);
    }
}
