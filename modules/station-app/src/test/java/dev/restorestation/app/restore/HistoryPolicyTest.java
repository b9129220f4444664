package dev.restorestation.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history the settings name but the station cannot use is the same one line in every command:
 * an error where the command is about the history, a warning where it only sharpens advice.
 */
class HistoryPolicyTest {

    private static final String CANNOT_USE = "the settings name a history database this station cannot use: ";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @BeforeEach
    void aMySqlUrlInTheSettings() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"version\": 2, \"databaseUrl\": \"jdbc:mysql://shop/history\"}");
    }

    @Test
    void historyReportAndVerifyStopOnOneLine() throws Exception {
        Path pdf = Files.writeString(files.resolve("old.pdf"), "%PDF-1.7");
        for (CommandRun run : new CommandRun[] {
                new CommandRun(dataDir, "history", "--all"),
                new CommandRun(dataDir, "report", "--ticket", "T-1", "--pdf", files.resolve("t.pdf").toString()),
                new CommandRun(dataDir, "report", "verify", pdf.toString())}) {
            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString().startsWith("station: " + CANNOT_USE);
        }
    }

    @Test
    void aRestoreStopsOnThatLineBeforeItStarts() throws Exception {
        Path ipsw = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("restore.ipsw"));

        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-2",
                "--ipsw", ipsw.toString(), "--update", "--engine", "simulated");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("station: " + CANNOT_USE);
        assertThat(run.out()).doesNotContain("Restored");
    }

    @Test
    void adviseAndDiagnoseAdviseWithoutItAndSaySo() throws Exception {
        Path log = Files.writeString(files.resolve("restore.log"), """
                ERROR: Unable to send data to ASR. Sent 0 of 65536 bytes.
                ERROR: Unable to successfully restore device
                Status: Fail
                """);
        for (CommandRun run : new CommandRun[] {
                new CommandRun(dataDir, "advise", "4013", "--json"),
                new CommandRun(dataDir, "diagnose", log.toString(), "--json")}) {
            assertThat(run.exitCode).as(run.err()).isZero();
            assertThat(run.out()).contains("\"fixes\"");
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("station: warning: advice without this shop's history: " + CANNOT_USE);
        }
    }
}
