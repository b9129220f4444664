package dev.restorestation.devices.power;

import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.devices.text.DeviceTexts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Per-port power through {@code uhubctl} (github.com/mvp/uhubctl), found on the PATH: which ports
 * it can switch is read from its status output, never assumed, and a cycle is
 * {@code uhubctl -l HUB -p PORT -a cycle -d 2}. Without the program no port is switchable.
 */
public final class UhubctlPower implements PortPower {

    static final String PROGRAM = "uhubctl";
    /** How long the port stays off in a cycle, in seconds: long enough for a phone to lose power. */
    static final int OFF_SECONDS = 2;
    private static final long WAIT_SECONDS = 15;

    private final Path program;

    UhubctlPower(Path program) {
        this.program = program;
    }

    /** uhubctl as the PATH names it, or {@link PortPower#NONE} where it is not installed. */
    public static PortPower onPath(String path) {
        return locate(path).<PortPower>map(UhubctlPower::new).orElse(PortPower.NONE);
    }

    static Optional<Path> locate(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, PROGRAM);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<String> switchablePorts() {
        try {
            return UhubctlStatus.parse(run(List.of(program.toString()))).switchablePorts();
        } catch (IOException e) {
            return Set.of(); // no hub it can act on, or no permission: nothing is offered
        }
    }

    @Override
    public void cycle(Slot slot) throws IOException {
        run(command(program, slot.portPath()));
    }

    /** The uhubctl command that power-cycles the port a device at {@code portPath} hangs on. */
    static List<String> command(Path program, String portPath) throws IOException {
        int dash = portPath.indexOf('-');
        int last = portPath.lastIndexOf('.');
        if (dash < 1 || !portPath.matches("\\d+-\\d+(\\.\\d+)*")) {
            throw new WordedIOException(DeviceTexts.wording("power.notAPortPath", portPath));
        }
        String hub = last < 0 ? portPath.substring(0, dash) : portPath.substring(0, last);
        String port = portPath.substring((last < 0 ? dash : last) + 1);
        return List.of(program.toString(), "-l", hub, "-p", port, "-a", "cycle", "-d", Integer.toString(OFF_SECONDS));
    }

    /** Runs uhubctl to its end (at most {@value #WAIT_SECONDS} s) and gives what it printed; its first error line on failure. */
    private static String run(List<String> command) throws IOException {
        Path out = Files.createTempFile("station-uhubctl", ".out");
        Path err = Files.createTempFile("station-uhubctl", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close(); // it reads nothing: an end of input at once, never a wait on the station
            try {
                if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new WordedIOException(DeviceTexts.wording("power.tookTooLong", WAIT_SECONDS));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new WordedIOException(DeviceTexts.wording("power.interrupted"));
            }
            if (process.exitValue() != 0) {
                String reason = Files.readString(err, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                        .findFirst().orElse("exit " + process.exitValue());
                throw new WordedIOException(DeviceTexts.wording("power.failed", reason));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
