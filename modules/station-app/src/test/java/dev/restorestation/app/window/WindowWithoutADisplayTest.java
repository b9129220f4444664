package dev.restorestation.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.StationProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station} asked for its window where there is no display: one line that says so and how
 * to go on, and a failure exit for the script or service that started it. Runs without a display.
 */
class WindowWithoutADisplayTest {

    @TempDir
    Path dir;

    @Test
    void withNoDisplayNamedItSaysSoInOneLineAndFails() throws Exception {
        StationProcess run = station(null, "--demo");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("station: no display to open the window on (DISPLAY is not set): "
                + "start the station on the bench's desktop, or use a command such as 'station devices' (see 'station --help')");
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamed() throws Exception {
        String nobody = unusedDisplay();

        StationProcess run = station(nobody);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("station: the display " + nobody + " does not answer: "
                + "start the station on the bench's desktop, or use a command such as 'station devices' (see 'station --help')");
    }

    /** A display number no X server on this machine listens on. */
    private static String unusedDisplay() {
        for (int number = 90; number > 10; number--) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                return ":" + number;
            }
        }
        throw new IllegalStateException("every display from :11 to :90 is taken");
    }

    private StationProcess station(String display, String... args) throws Exception {
        return StationProcess.run(Locale.US, dir.resolve("data"), dir, environment -> {
            environment.remove("DISPLAY");
            if (display != null) {
                environment.put("DISPLAY", display);
            }
        }, args);
    }
}
