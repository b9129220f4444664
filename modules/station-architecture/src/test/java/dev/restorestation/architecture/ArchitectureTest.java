package dev.restorestation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses station;

    @BeforeAll
    static void importTheStation() {
        station = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.restorestation");
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"core", "devices", "firmware", "history", "restore", "advisor", "gui", "app", "bench"}) {
            assertThat(station.stream().anyMatch(c -> c.getPackageName().startsWith("dev.restorestation." + module)))
                    .as("classes of station-" + module).isTrue();
        }
    }

    @Test
    void swingOnlyInTheGui() {
        StationRules.SWING_ONLY_IN_GUI.check(station);
    }

    @Test
    void sqlOnlyInHistory() {
        StationRules.SQL_ONLY_IN_HISTORY.check(station);
    }

    @Test
    void coreUsesOnlyTheJdk() {
        StationRules.CORE_USES_ONLY_THE_JDK.check(station);
    }

    @Test
    void modulesDependInward() {
        StationRules.MODULES_DEPEND_INWARD.check(station);
    }

    @Test
    void packagesAreFreeOfCycles() {
        StationRules.PACKAGES_FREE_OF_CYCLES.check(station);
    }

    @Test
    void historyPartsGetWhatTheyUse() {
        StationRules.HISTORY_PARTS_GET_WHAT_THEY_USE.check(station);
    }

    @Test
    void standardStreamsOnlyOnTheCommandLine() {
        StationRules.STANDARD_STREAMS_ONLY_ON_THE_COMMAND_LINE.check(station);
    }
}
