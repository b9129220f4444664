package dev.restorestation.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.restorestation.core.planted.CoreReachingOut;
import dev.restorestation.core.planted.SqlInCore;
import dev.restorestation.core.planted.SwingInCore;
import dev.restorestation.devices.DeviceCatalog;
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

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    private static void assertBreaks(ArchRule rule, JavaClasses classes, String culprit) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(culprit);
    }
}
