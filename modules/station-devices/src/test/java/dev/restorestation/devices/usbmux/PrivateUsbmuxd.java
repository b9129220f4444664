package dev.restorestation.devices.usbmux;

import dev.restorestation.core.testing.HostRequirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code usbmuxd -f} of the test's own. usbmuxd 1.1.1 has its socket and pid file fixed at
 * /var/run, so it runs in a private mount namespace whose /run is a temp directory: its socket
 * appears there and a system daemon, if any, is never touched. Needs root (as under CI).
 */
public final class PrivateUsbmuxd implements AutoCloseable {

    private static final String SCRIPT = """
            #!/bin/sh
            # $1: the directory to show usbmuxd as /run; $2: the usbmuxd program
            set -e
            mount --bind "$1" /run
            exec "$2" -f -v
            """;

    private final Path usbmuxd;
    private final Path runDirectory;
    private final Path script;
    private final Path log;
    private Process process;

    private PrivateUsbmuxd(Path usbmuxd, Path workDirectory) throws IOException {
        this.usbmuxd = usbmuxd;
        this.runDirectory = Files.createDirectories(workDirectory.resolve("run"));
        this.script = Files.writeString(workDirectory.resolve("private-usbmuxd.sh"), SCRIPT, StandardCharsets.UTF_8);
        this.log = workDirectory.resolve("usbmuxd.log");
    }

    /** Skips (or fails under CI) when usbmuxd or a private mount namespace is not available. */
    public static PrivateUsbmuxd prepare(Path workDirectory) throws IOException, InterruptedException {
        Path usbmuxd = HostRequirement.program("usbmuxd");
        Path unshare = HostRequirement.program("unshare");
        Process probe = new ProcessBuilder(List.of(unshare.toString(), "--mount", "--", "true"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HostRequirement.require(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "a private mount namespace for usbmuxd (unshare --mount, as root)");
        return new PrivateUsbmuxd(usbmuxd, workDirectory);
    }

    public Path socket() {
        return runDirectory.resolve("usbmuxd");
    }

    public UsbmuxSocket address() {
        return UsbmuxSocket.unix(socket());
    }

    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of("unshare", "--mount", "--propagation", "private", "--",
                "/bin/sh", script.toString(), runDirectory.toString(), usbmuxd.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("usbmuxd exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("usbmuxd did not open " + socket() + " within 10 s: " + Files.readString(log));
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean answers() {
        try (var channel = address().connect()) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
