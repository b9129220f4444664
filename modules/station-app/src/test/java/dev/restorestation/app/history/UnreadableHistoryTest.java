package dev.restorestation.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restorestation.app.Station;
import dev.restorestation.app.StationRun;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history the station cannot look at is said as such, in one line with a non-zero exit: never
 * as "no restore attempts", which would tell the technician the shop's records are gone.
 */
class UnreadableHistoryTest {

    private static final List<List<String>> READING = List.of(List.of("history", "--ticket", "R-1"),
            List.of("history", "--all"), List.of("events"));

    @TempDir
    Path folder;

    @Test
    void aHistoryThatIsNotThereYetIsStillNone() {
        StationRun run = StationRun.in(folder.resolve("new"), "history", "--all");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("No restore attempts recorded yet." + System.lineSeparator());
        assertThat(folder.resolve("new")).doesNotExist();
    }

    @Test
    void aDataDirectoryUnderAFileIsNotAFolderNotAnEmptyHistory() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        for (List<String> command : READING) {
            StationRun run = StationRun.in(file.resolve("sub"), command.toArray(String[]::new));

            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(command.toString()).isEmpty();
            assertThat(run.err().lines()).as(command.toString()).singleElement().asString()
                    .startsWith("station: cannot read the history in " + file.resolve("sub/history"))
                    .endsWith(file + " is a file, not a folder");
        }
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aDataDirectoryAnotherUserOwnsIsUnreadableNotEmpty() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run the station as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "needs runuser");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = Files.createDirectory(folder.resolve("data"));
        HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench", Clock.systemUTC()).close();
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        String classPath = readableClassPath(Files.createDirectory(folder.resolve("classes")));

        List<List<String>> commands = new ArrayList<>(READING);
        commands.add(List.of("report", "--ticket", "R-1", "--pdf", folder.resolve("x.pdf").toString()));
        commands.add(List.of("history", "--start-new"));
        for (List<String> command : commands) {
            List<String> line = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.language=en",
                    "-Duser.country=US", "-cp", classPath, Station.class.getName(), "--data-dir", dataDir.toString()));
            line.addAll(command);
            Process station = new ProcessBuilder(line).start();
            station.getOutputStream().close();
            assertThat(station.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(station.getInputStream().readAllBytes());
            String err = new String(station.getErrorStream().readAllBytes());

            assertThat(station.exitValue()).as(command + ": " + err).isEqualTo(1);
            assertThat(out).as(command.toString()).isEmpty();
            assertThat(err.lines()).as(command.toString()).singleElement().asString()
                    .isEqualTo("station: cannot read the history in " + dataDir.resolve("history")
                            + ": this user may not look into that folder (permission denied)");
        }
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aDataDirectoryOnReadOnlyStorageSaysSo() throws Exception {
        Path dataDir = Files.createDirectory(folder.resolve("data"));
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        assumeTrue(new ProcessBuilder("mount", "--bind", "-o", "ro", dataDir.toString(), readOnly.toString())
                .redirectErrorStream(true).start().waitFor() == 0, "needs a read-only bind mount (root)");
        try {
            for (List<String> command : READING) {
                StationRun run = StationRun.in(readOnly, command.toArray(String[]::new));

                assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(1);
                assertThat(run.out()).as(command.toString()).isEmpty();
                assertThat(run.err().lines()).as(command.toString()).singleElement().asString()
                        .endsWith("the data directory is read-only, so no history can be kept there");
            }
        } finally {
            new ProcessBuilder("umount", readOnly.toString()).start().waitFor();
        }
    }

    /** This JVM's class path copied where another user may read it: the build's own may sit in root's home. */
    private static String readableClassPath(Path into) throws IOException {
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
        return String.join(File.pathSeparator, entries);
    }
}
