package dev.restorestation.restore.engine;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.RestoreEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An engine for devices that are not there ({@code --demo}, tests). It writes the lines
 * idevicerestore writes, at a steady pace, through the same parser, so a listener sees the same
 * events in the same order; it even extracts into the cache folder the way the real engine does.
 */
public final class SimulatedEngine implements RestoreEngine {

    /** The exit status of a process stopped by SIGTERM, as a cancelled real engine reports it. */
    static final int CANCELLED_EXIT = 143;
    private static final int UPLOAD_BEATS = 10;

    private final Function<Ecid, SimulatedOutcome> script;
    private final Duration beat;
    private final Consumer<Ecid> unplug;
    private final Consumer<EngineRequest> restored;

    /** An engine whose restored devices never come back (for tests of the engine alone). */
    public SimulatedEngine(Function<Ecid, SimulatedOutcome> script, Duration beat, Consumer<Ecid> unplug) {
        this(script, beat, unplug, request -> { });
    }

    /**
     * @param script   what happens to each device
     * @param beat     the time between two lines of output
     * @param unplug   called when a scripted cable pull happens, so the simulated bench can drop the device
     * @param restored called after a successful restore, so the simulated bench can bring the device back
     */
    public SimulatedEngine(Function<Ecid, SimulatedOutcome> script, Duration beat, Consumer<Ecid> unplug,
                           Consumer<EngineRequest> restored) {
        this.script = Objects.requireNonNull(script, "script");
        this.beat = Objects.requireNonNull(beat, "beat");
        this.unplug = Objects.requireNonNull(unplug, "unplug");
        this.restored = Objects.requireNonNull(restored, "restored");
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public String version() {
        return "simulated";
    }

    @Override
    public EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException {
        Files.createDirectories(request.cacheDirectory());
        SimulatedRun run = new SimulatedRun(request, script.apply(request.ecid()), new EngineOutput(events));
        Thread thread = new Thread(run::play, "simulated engine " + request.ecid().shortForm());
        thread.setDaemon(true);
        run.thread = thread;
        thread.start();
        return run;
    }

    private final class SimulatedRun extends EndingRun {

        private final EngineRequest request;
        private final SimulatedOutcome outcome;
        private final EngineOutput output;
        private volatile Thread thread;

        SimulatedRun(EngineRequest request, SimulatedOutcome outcome, EngineOutput output) {
            this.request = request;
            this.outcome = outcome;
            this.output = output;
        }

        void play() {
            int code;
            try {
                code = request.action() == EngineAction.SIGNING_CHECK ? signingCheck() : restore();
            } catch (InterruptedException e) {
                code = CANCELLED_EXIT;
            } catch (IOException e) {
                output.line("ERROR: " + e.getMessage());
                code = 1;
            }
            output.finished(code);
            ended(code);
        }

        private int signingCheck() throws InterruptedException {
            say("Getting SHSH blobs for ECID " + request.ecid().value() + "...");
            if (outcome instanceof SimulatedOutcome.AppleError error && error.code() == 3194) {
                return tssRefusal();
            }
            say("SHSH saved to 'shsh/" + request.ecid().value() + ".shsh'");
            return 0;
        }

        private int restore() throws InterruptedException, IOException {
            say("Found device in Recovery mode");
            say("ECID: " + request.ecid().value());
            say("progress: 0 0.000000");
            extract();
            if (outcome instanceof SimulatedOutcome.AppleError error && error.code() == 3194) {
                return tssRefusal();
            }
            say("progress: 1 0.500000");
            say("Sending iBEC (1163808 bytes)...");
            say("Waiting for device to reconnect...");
            say("progress: 1 1.000000");
            say("Device " + request.ecid().engineArgument().toLowerCase(Locale.ROOT) + " has successfully entered restore mode");
            say("Creating partition map (11)");
            say("About to send filesystem...");
            for (int i = 0; i <= UPLOAD_BEATS; i++) {
                say(String.format(Locale.ROOT, "progress: 2 %.6f", (double) i / UPLOAD_BEATS));
                if (i == UPLOAD_BEATS / 2 && !(outcome instanceof SimulatedOutcome.Success)) {
                    return failMidUpload();
                }
            }
            say("Verifying restore (14)");
            say("progress: 3 0.500000");
            say("progress: 3 1.000000");
            say("Waiting for NAND (28)");
            say("Flashing firmware (18)");
            say("progress: 4 1.000000");
            say("Updating baseband (19)");
            say("progress: 5 1.000000");
            say("progress: 7 1.000000");
            say("Got status message");
            say("Status: Restore Finished");
            say("Cleaning up...");
            say("DONE");
            restored.accept(request);
            return 0;
        }

        /** Like the real engine: reuses an extracted filesystem of the right size, else extracts it, unlocked. */
        private void extract() throws InterruptedException, IOException {
            String base = request.ipsw().getFileName().toString().replaceFirst("(?i)\\.ipsw$", "");
            Path folder = request.cacheDirectory().resolve(base);
            Path filesystem = folder.resolve("root-filesystem.dmg");
            if (Files.isRegularFile(filesystem)) {
                say("Using cached filesystem from '" + filesystem + "'");
                return;
            }
            Files.createDirectories(folder);
            say("Extracting filesystem from IPSW: root-filesystem.dmg");
            Files.write(filesystem, new byte[] {0});
            say("progress: 1 0.100000");
        }

        private int tssRefusal() throws InterruptedException {
            say("ERROR: TSS request failed (status=94, message=This device isn't eligible for the requested build.)");
            say("ERROR: Unable to get SHSH blobs for this device");
            return 1;
        }

        private int failMidUpload() throws InterruptedException {
            if (outcome instanceof SimulatedOutcome.AppleError error) {
                say("CHECKPOINT FAILURE:(FAILURE:" + error.code() + ") RESTORED:[0x0624] restore_images [0]D(failed to restore image)");
                say("restore-step-codes = {0x11070624:{0:" + error.code() + "}}");
                say("restore-step-domains = {0x11070624:{0:\"AMRestoreErrorDomain\"}}");
                say("ERROR: Unable to restore device");
                return 1;
            }
            if (outcome instanceof SimulatedOutcome.EngineMessage message) {
                say("ERROR: " + message.line());
                say("ERROR: Unable to restore device");
                return 1;
            }
            if (outcome instanceof SimulatedOutcome.Unplugged) {
                unplug.accept(request.ecid());
            }
            Thread.sleep(Long.MAX_VALUE);
            return CANCELLED_EXIT;
        }

        private void say(String line) throws InterruptedException {
            output.line(line);
            Thread.sleep(beat.toMillis(), beat.toNanosPart() % 1_000_000);
        }

        @Override
        public void cancel() {
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }
    }
}
