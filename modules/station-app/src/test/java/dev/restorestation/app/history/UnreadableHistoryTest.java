package dev.restorestation.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restorestation.app.OtherUser;
import dev.restorestation.app.StationRun;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        OtherUser nobody = OtherUser.in(folder);
        Path dataDir = Files.createDirectory(folder.resolve("data"));
        HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench", Clock.systemUTC()).close();
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));

        List<List<String>> commands = new ArrayList<>(READING);
        commands.add(List.of("report", "--ticket", "R-1", "--pdf", folder.resolve("x.pdf").toString()));
        commands.add(List.of("history", "--start-new"));
        for (List<String> command : commands) {
            StationRun run = nobody.station(dataDir, "en", command);

            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(command.toString()).isEmpty();
            assertThat(run.err().lines()).as(command.toString()).singleElement().asString()
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
                        .endsWith("the data directory is read-only for this user, so no history can be kept there");
            }
        } finally {
            new ProcessBuilder("umount", readOnly.toString()).start().waitFor();
        }
    }
}
