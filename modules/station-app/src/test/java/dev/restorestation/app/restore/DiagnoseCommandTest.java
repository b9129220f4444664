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
        assertThat(names).containsExactly("category", "appleCode", "statusCode", "summary", "fixes");
        assertThat(json.get("category").asText()).isEqualTo("usb-connection");
        assertThat(json.get("appleCode").asInt()).isEqualTo(14);
        assertThat(json.get("statusCode").asInt()).isEqualTo(14);
        assertThat(json.get("summary").asText()).isEqualTo("The USB link dropped while sending the filesystem to the device");
        assertThat(json.get("fixes").isArray()).isTrue();
        assertThat(json.get("fixes").size()).isPositive();
        assertThat(json.get("fixes").get(0).isTextual()).isTrue();
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
