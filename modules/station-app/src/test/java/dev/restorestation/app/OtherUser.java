package dev.restorestation.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code station} run as the unprivileged user {@code nobody}, so permissions are tested for real
 * (root reads everything). Skips the test where it is not run as root or {@code runuser} is absent.
 */
public final class OtherUser {

    private final String classPath;

    private OtherUser(String classPath) {
        this.classPath = classPath;
    }

    /** Copies this JVM's class path under {@code folder} (made readable by all): the build's own may sit in root's home. */
    public static OtherUser in(Path folder) throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run the station as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "needs runuser");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path into = Files.createDirectory(folder.resolve("classes"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            Path to = into.resolve(n++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                try (Stream<Path> tree = Files.walk(from)) {
                    for (Path each : (Iterable<Path>) tree::iterator) {
                        Files.copy(each, to.resolve(from.relativize(each).toString()));
                    }
                }
            } else if (Files.isRegularFile(from)) {
                Files.copy(from, to);
            }
            entries.add(to.toString());
        }
        try (Stream<Path> tree = Files.walk(into)) {
            for (Path each : (Iterable<Path>) tree::iterator) {
                Files.setPosixFilePermissions(each, PosixFilePermissions.fromString(
                        Files.isDirectory(each) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return new OtherUser(String.join(File.pathSeparator, entries));
    }

    /** {@code station --data-dir dataDir command…} as nobody, in {@code language}. */
    public StationRun station(Path dataDir, String language, List<String> command) throws Exception {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.language=" + language,
                "-cp", classPath, Station.class.getName(), "--data-dir", dataDir.toString()));
        line.addAll(command);
        Process station = new ProcessBuilder(line).start();
        station.getOutputStream().close();
        if (!station.waitFor(60, TimeUnit.SECONDS)) {
            station.destroyForcibly();
            throw new AssertionError("station " + command + " did not end within a minute");
        }
        return new StationRun(station.exitValue(), new String(station.getInputStream().readAllBytes()),
                new String(station.getErrorStream().readAllBytes()));
    }
}
