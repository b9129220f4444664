package dev.restorestation.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code station diagnose} over logs in both of idevicerestore's formats. */
class DiagnoseCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void printsTheDocumentedJsonForAnOldFormatLog() throws Exception {
        Path log = Files.writeString(logs.resolve("restore.log"), """
                Sending filesystem now...
                [==========                    ]  31.0%ERROR: Unable to send data to ASR. Sent 0 of 65536 bytes.
                ERROR: Unable to send payload to ASR
                ERROR: Unable to successfully restore device
                Got status message
                Status: Fail
                """);

        CommandRun run = new CommandRun(dataDir, "diagnose", log.toString(), "--json");

        assertThat(run.exitCode).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("category", "appleCode", "statusCode", "summary", "fixes", "confidence", "evidence");
        assertThat(json.get("category").asText()).isEqualTo("usb-connection");
        assertThat(json.get("appleCode").asInt()).isEqualTo(14);
        assertThat(json.get("statusCode").asInt()).isEqualTo(14);
        assertThat(json.get("summary").asText()).isEqualTo("The USB link dropped while sending the filesystem to the device");
        assertThat(json.get("fixes").isArray()).isTrue();
        assertThat(json.get("fixes").size()).isPositive();
        assertThat(json.get("fixes").get(0).isTextual()).isTrue();
        assertThat(json.get("confidence").asDouble()).isBetween(0.5, 1.0);
        JsonNode first = json.get("evidence").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("text").asText()).isEqualTo("Unable to send data to ASR. Sent 0 of 65536 bytes.");
        assertThat(first.get("rule").asText()).isEqualTo("asr-send");
    }

    @Test
    void theDevicesOwnReportDecidesAndIsShownAsEvidence() throws Exception {
        Path log = Files.writeString(logs.resolve("baseband.log"), """
                Updating baseband (19)
                update_baseband: bbupdater error: The operation couldn't be completed. (BBUpdater error 3 - Fail to ping baseband)
                Update[Baseband] error - The operation couldn't be completed. (RamrodErrorDomain error 1004)
                ERROR: Unable to restore device
                """);

        CommandRun run = new CommandRun(dataDir, "diagnose", log.toString());

        assertThat(run.exitCode).as(run.err()).isZero();
        assertThat(run.out()).startsWith("baseband (Baseband)")
                .containsPattern("(?m)^Confidence: 0\\.\\d\\d$")
                .containsPattern("(?m)^  line 2 \\[baseband-updater] update_baseband: bbupdater error")
                .containsPattern("(?m)^  line 3 \\[device-update-error] Update\\[Baseband] error")
                .doesNotContain("Unable to restore device");
    }

    @Test
    void anUnknownFailureStillShowsTheMostTellingLines() throws Exception {
        Path log = Files.writeString(logs.resolve("unknown.log"), """
                Checkpoint 1608 complete with code 0
                ERROR: Unable to successfully restore device
                Cleaning up...
                """);

        CommandRun run = new CommandRun(dataDir, "diagnose", log.toString(), "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("category").asText()).isEqualTo("unknown");
        assertThat(json.get("evidence").size()).isEqualTo(3);
        assertThat(json.get("evidence").get(1).get("text").asText()).isEqualTo("Unable to successfully restore device");
    }

    @Test
    void binaryGarbageAndAnEmptyFileGetOneClearLine() throws Exception {
        Path garbage = logs.resolve("garbage.bin");
        byte[] bytes = new byte[1 << 20];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(garbage, bytes);
        Path empty = Files.writeString(logs.resolve("empty.log"), "");

        CommandRun binary = new CommandRun(dataDir, "diagnose", garbage.toString(), "--json");
        CommandRun nothing = new CommandRun(dataDir, "diagnose", empty.toString());

        assertThat(binary.err()).isEqualTo("station: cannot diagnose " + garbage
                + ": no line of this file looks like idevicerestore output: is it an engine log?" + System.lineSeparator());
        assertThat(nothing.err()).isEqualTo("station: cannot diagnose " + empty + ": the log is empty" + System.lineSeparator());
        assertThat(List.of(binary.exitCode, nothing.exitCode)).containsOnly(1);
        assertThat(binary.out() + nothing.out()).isEmpty();
    }

    @Test
    void readsTheNewFormatAndPrintsText() throws Exception {
        Path log = Files.writeString(logs.resolve("new.log"), """
                10:00:01.000    <Info> idevicerestore 1.0.0-241-g8e0f1a3
                10:04:12.010 <Verbose> progress: 2 1.000000
                10:04:31.600    <Info> Got status message
                10:04:31.601    <Info> Status: Failed to recover FDR data.
                10:04:31.700   <Error> Unable to restore device
                """);

        CommandRun run = new CommandRun(dataDir, "diagnose", log.toString());

        assertThat(run.exitCode).as(run.err()).isZero();
        assertThat(run.out()).startsWith("security-pairing (Security / pairing) · Apple error 53 · engine status 53")
                .contains("factory (FDR) data")
                .containsPattern("(?m)^  1\\. ");
    }

    @Test
    void aSuccessfulLogIsNoFailure() throws Exception {
        Path log = Files.writeString(logs.resolve("ok.log"), "progress: 7 1.000000\nStatus: Restore Finished\nDONE\n");

        CommandRun run = new CommandRun(dataDir, "diagnose", log.toString(), "--json");

        assertThat(run.exitCode).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("category").isNull()).isTrue();
        assertThat(json.get("summary").asText()).isEqualTo("The restore finished");
        assertThat(json.get("fixes").size()).isZero();
    }

    @Test
    void aMissingFileIsOneLine() {
        CommandRun run = new CommandRun(dataDir, "diagnose", logs.resolve("nope.log").toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("station: cannot read").endsWith("no such file");
    }

    @Test
    void aFolderAPipeOrADeviceIsNamedForWhatItIs() throws Exception {
        Path fifo = logs.resolve("engine.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        CommandRun folder = new CommandRun(dataDir, "diagnose", logs.toString());
        CommandRun pipe = new CommandRun(dataDir, "diagnose", fifo.toString());
        CommandRun device = new CommandRun(dataDir, "diagnose", "/dev/zero");

        assertThat(folder.err()).isEqualTo("station: cannot read " + logs + ": it is a folder, not an engine log"
                + System.lineSeparator());
        assertThat(pipe.err()).isEqualTo("station: cannot read " + fifo + ": it is not a regular file"
                + System.lineSeparator());
        assertThat(device.err()).isEqualTo("station: cannot read /dev/zero: it is not a regular file"
                + System.lineSeparator());
        assertThat(List.of(folder.exitCode, pipe.exitCode, device.exitCode)).containsOnly(1);
    }
}
