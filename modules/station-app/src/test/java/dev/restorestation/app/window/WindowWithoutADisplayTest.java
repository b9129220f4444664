package dev.restorestation.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        Run run = station(null, "--demo");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("station: no display to open the window on (DISPLAY is not set): "
                + "start the station on the bench's desktop, or use a command such as 'station devices' (see 'station --help')");
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamed() throws Exception {
        String nobody = unusedDisplay();

        Run run = station(nobody);

        assertThat(run.exit()).isEqualTo(1);
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

    private Run station(String display, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                Station.class.getName(), "--data-dir", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        if (display != null) {
            environment.put("DISPLAY", display);
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("station finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
