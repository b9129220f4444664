package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.app.assembly.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty data directory is a mistyped command line, never the folder the station happened to start in. */
class EmptyDataDirTest {

    @TempDir
    Path here;

    @Test
    void anEmptyDataDirOptionIsAUsageErrorAndTheCurrentFolderIsLeftAlone() throws Exception {
        Files.setPosixFilePermissions(here, PosixFilePermissions.fromString("rwxr-xr-x"));

        for (List<String> command : List.of(List.of("firmware", "list"), List.of("history", "--all"))) {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                    Station.class.getName(), "--data-dir", ""));
            line.addAll(command);
            Process station = new ProcessBuilder(line).directory(here.toFile()).start();
            station.getOutputStream().close();
            assertThat(station.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(station.getInputStream().readAllBytes());
            String err = new String(station.getErrorStream().readAllBytes());

            assertThat(station.exitValue()).as(command + ": " + err).isEqualTo(2);
            assertThat(out).isEmpty();
            assertThat(err.lines()).singleElement().asString()
                    .startsWith("station: --data-dir needs a folder, not an empty path");
        }
        try (var left = Files.list(here)) {
            assertThat(left).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(here))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void anEmptyEnvironmentVariableIsUnset() {
        DataDirectory dir = DataDirectory.resolve(null, Map.of(DataDirectory.ENVIRONMENT_VARIABLE, ""), here);

        assertThat(dir.root()).isEqualTo(here.resolve(".restore-station"));
    }
}
