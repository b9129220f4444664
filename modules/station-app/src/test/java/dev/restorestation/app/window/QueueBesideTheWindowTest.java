package dev.restorestation.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import dev.restorestation.app.StationRun;
import dev.restorestation.app.channel.ChannelProtocol;
import dev.restorestation.core.testing.HostRequirement;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station queue} beside the station window itself: the real window (not the demo, which
 * keeps its own history and opens no channel) started as a second process on the display, asked,
 * paused and resumed over its channel, then stopped the way a desktop stops it.
 */
class QueueBesideTheWindowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void theRunningWindowAnswersTheQueueAndIsPausedAndResumedFromTheCommandLine() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY, e.g. Xvfb)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process window = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Station.class.getName(),
                "--data-dir", dataDir.toString())
                .redirectOutput(files.resolve("window-stdout.txt").toFile())
                .redirectError(files.resolve("window-stderr.txt").toFile())
                .start();
        try {
            StationRun first = awaitAnswer(window);
            assertThat(first).as("the window's empty queue, asked over its channel")
                    .isEqualTo(new StationRun(0, "No restores requested.\n", ""));

            assertThat(run("queue", "--pause")).isEqualTo(new StationRun(0,
                    "Queue paused: no waiting restore starts until it resumes.\nNo restores requested.\n", ""));
            JsonNode paused = JSON.readTree(run("queue", "--json").out());
            assertThat(paused.path("paused").asBoolean()).isTrue();
            assertThat(paused.path("entries").isArray()).isTrue();
            Thread.sleep(1000); // the window's queue line follows within its next refresh
            screenshot("queue-paused-from-the-command-line");

            assertThat(run("queue", "--resume")).isEqualTo(new StationRun(0, "No restores requested.\n", ""));
            assertThat(JSON.readTree(run("queue", "--json").out()).path("paused").asBoolean()).isFalse();

            window.destroy();
            assertThat(window.waitFor(30, TimeUnit.SECONDS)).as("the window stops on SIGTERM").isTrue();
            assertThat(ChannelProtocol.socket(dataDir)).as("removed by a window that stops").doesNotExist();
            assertThat(run("queue")).isEqualTo(new StationRun(1, "", "station: no station is running on this data directory: "
                    + "the queue lives in a running station\n"));
        } finally {
            window.destroyForcibly();
        }
    }

    /** The window opens its history and channel once its first frame is painted: asks until it answers. */
    private StationRun awaitAnswer(Process window) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StationRun run = run("queue");
        while (run.exit() != 0 && System.nanoTime() < deadline) {
            assertThat(window.isAlive()).as("the window is running; its stderr: %s",
                    Files.readString(files.resolve("window-stderr.txt"))).isTrue();
            Thread.sleep(250);
            run = run("queue");
        }
        return run;
    }

    private StationRun run(String... args) {
        return StationRun.in(dataDir, args);
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(screen), "png", folder.resolve(name + ".png").toFile());
    }

}
