package dev.restorestation.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code station restore} end to end: firmware import, the attempt in the H2 history, the outcome. */
class RestoreCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aSimulatedUpdateSucceedsAndIsRecorded() throws Exception {
        Path ipsw = ipsw();

        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-77",
                "--note", "Stuck on the Apple logo; customer wants the photos kept",
                "--ipsw", ipsw.toString(), "--update", "--engine", "simulated");

        assertThat(run.exitCode).as(run.err()).isZero();
        assertThat(run.out()).contains("slot 1: Uploading filesystem 50%").contains("slot 1: Waiting for NAND")
                .containsPattern("(?m)^SUCCEEDED · attempt \\d+ · ticket T-77$")
                .contains("slot 1: waiting up to 10 min for the device to come back in Normal mode…"
                        + " (Ctrl+C stops waiting; the restore is already recorded)")
                .contains("On the device: verified on the device (build 20H350) · activation Activated");
        RestoreAttempt attempt = onlyAttempt("T-77");
        assertThat(attempt.verification().result()).isEqualTo(Verification.Result.VERIFIED);
        assertThat(attempt.verification().deviceBuild()).isEqualTo("20H350");
        assertThat(attempt.verification().verifiedAt()).isAfterOrEqualTo(attempt.endedAt());
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
        assertThat(attempt.productType()).isEqualTo("iPhone10,1");
        assertThat(attempt.build()).isEqualTo("20H350");
        assertThat(attempt.engine()).isEqualTo("simulated");
        assertThat(attempt.slot()).isEqualTo("1");
        assertThat(attempt.customerNote()).isEqualTo("Stuck on the Apple logo; customer wants the photos kept");

        CommandRun history = new CommandRun(dataDir, "history", "--ticket", "T-77");
        assertThat(history.out().lines().findFirst())
                .hasValue("Customer note: Stuck on the Apple logo; customer wants the photos kept");
    }

    @Test
    void noVerifyDoesNotWaitForTheDeviceAndSaysSo() throws Exception {
        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-82",
                "--ipsw", ipsw().toString(), "--update", "--engine", "simulated", "--no-verify");

        assertThat(run.exitCode).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("waiting up to").doesNotContain("will not be checked")
                .containsPattern("(?m)^SUCCEEDED · attempt \\d+ · ticket T-82$")
                .contains("Not checked on the device: --no-verify was given");
        RestoreAttempt attempt = onlyAttempt("T-82");
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
        assertThat(attempt.verification()).isNull();
    }

    @Test
    void aDeviceBackOnAnotherBuildIsRecordedAndExitsNonZero() throws Exception {
        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-83",
                "--ipsw", ipsw().toString(), "--update", "--engine", "simulated", "--sim-return", "build:20H330");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out()).contains("On the device: the device reports build 20H330, not the restored one");
        assertThat(run.err()).isEqualTo("station: restore not verified: the device reports build 20H330,"
                + " not the restored one" + System.lineSeparator());
        RestoreAttempt attempt = onlyAttempt("T-83");
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
        assertThat(attempt.verification().result()).isEqualTo(Verification.Result.WRONG_BUILD);
        assertThat(attempt.verification().deviceBuild()).isEqualTo("20H330");
    }

    @Test
    void stoppingTheWaitKeepsTheRecordedSuccessAndSaysTheDeviceWasNotChecked() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"version": 3, "verifyWaitMinutes": 3}
                """);
        Path ipsw = ipsw();
        Process station = new ProcessBuilder(java(), "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                Station.class.getName(), "--data-dir", dataDir.toString(), "restore", "--ecid", "0x1A2B3C4D5E6F78",
                "--ticket", "T-84", "--ipsw", ipsw.toString(), "--update", "--engine", "simulated",
                "--sim-return", "not-back")
                .redirectError(files.resolve("stderr.txt").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8));
            assertThat(readUntil(out, line -> line.startsWith("slot 1: waiting up to ")))
                    .as("the wait from the settings").isEqualTo("slot 1: waiting up to 3 min for the device to come"
                            + " back in Normal mode… (Ctrl+C stops waiting; the restore is already recorded)");

            station.toHandle().destroy();

            assertThat(station.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> rest = out.lines().toList();
            assertThat(rest).anyMatch(line -> line.matches("SUCCEEDED · attempt \\d+ · ticket T-84"))
                    .contains("Not checked on the device: stopped waiting before the device came back");
            assertThat(Files.readString(files.resolve("stderr.txt"))).doesNotContain("Shutdown in progress");
        } finally {
            station.destroyForcibly();
        }
        RestoreAttempt attempt = onlyAttempt("T-84");
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
        assertThat(attempt.verification()).as("not checked, not 'not seen again'").isNull();
    }

    @Test
    void aSimulatedReturnNeedsTheSimulatedEngine() {
        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1", "--ticket", "T-1",
                "--build", "20H350", "--update", "--sim-return", "not-back");
        CommandRun unknown = new CommandRun(dataDir, "restore", "--ecid", "0x1", "--ticket", "T-1",
                "--build", "20H350", "--update", "--engine", "simulated", "--sim-return", "later");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err()).isEqualTo("station: --sim-return needs --engine simulated" + System.lineSeparator());
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("station: unknown simulated return 'later' (use back, not-back or build:BUILD)"
                + System.lineSeparator());
    }

    @Test
    void aSimulatedFailureExitsNonZeroWithTheDiagnosisAndFixes() throws Exception {
        Path ipsw = ipsw();

        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-78",
                "--ipsw", ipsw.toString(), "--erase", "--yes", "--engine", "simulated", "--sim-outcome", "fail:4013");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("station: restore failed: ").endsWith("(usb-connection, Apple error 4013)");
        assertThat(run.out()).contains("Erasing slot 1").contains("usb-connection (USB connection) · Apple error 4013")
                .containsPattern("(?m)^  1\\. ");
        RestoreAttempt attempt = onlyAttempt("T-78");
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(attempt.appleCode()).isEqualTo(4013);
        assertThat(attempt.category()).isEqualTo(ErrorCategory.USB_CONNECTION);
    }

    @Test
    void theRealEngineWithNoDeviceRecordsDeviceNotFound() throws Exception {
        HostRequirement.program("idevicerestore");
        Path ipsw = ipsw();

        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-79",
                "--ipsw", ipsw.toString(), "--update");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().endsWith("(device-not-found)");
        RestoreAttempt attempt = onlyAttempt("T-79");
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(attempt.category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
        assertThat(attempt.engine()).isEqualTo("idevicerestore");
        assertThat(attempt.statusCode()).isNotNull();
    }

    @Test
    void badInputIsOneLineAndTouchesNothing() {
        CommandRun badEcid = new CommandRun(dataDir, "restore", "--ecid", "zz-top", "--ticket", "T-1",
                "--build", "20H350", "--update", "--engine", "simulated");
        CommandRun noConfirmation = new CommandRun(dataDir, "restore", "--ecid", "0x1", "--ticket", "T-1",
                "--build", "20H350", "--erase", "--engine", "simulated");
        CommandRun simulatedOnly = new CommandRun(dataDir, "restore", "--ecid", "0x1", "--ticket", "T-1",
                "--build", "20H350", "--update", "--sim-outcome", "hang");
        CommandRun longNote = new CommandRun(dataDir, "restore", "--ecid", "0x1", "--ticket", "T-1",
                "--note", "n".repeat(1001), "--build", "20H350", "--update", "--engine", "simulated");

        assertThat(badEcid.exitCode).isEqualTo(2);
        assertThat(badEcid.err().lines()).singleElement().asString().startsWith("station: not an ECID: 'zz-top'");
        assertThat(noConfirmation.exitCode).isEqualTo(2);
        assertThat(noConfirmation.err().lines()).singleElement().asString().contains("--yes");
        assertThat(simulatedOnly.exitCode).isEqualTo(2);
        assertThat(simulatedOnly.err()).isEqualTo("station: --sim-outcome needs --engine simulated" + System.lineSeparator());
        assertThat(longNote.exitCode).isEqualTo(2);
        assertThat(longNote.err()).isEqualTo("station: customer note is 1001 characters long; at most 1000 are allowed"
                + System.lineSeparator());
        assertThat(dataDir.resolve("history").resolve("history.mv.db")).doesNotExist();
    }

    @Test
    void aBuildMissingFromTheCacheSaysHowToGetIt() {
        CommandRun run = new CommandRun(dataDir, "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-80",
                "--build", "21A329", "--update", "--engine", "simulated");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("station: restore not started: build 21A329 is not in the firmware cache")
                .contains("station firmware fetch");
    }

    @Test
    void aStationStoppedDuringARestoreSaysSoInOneLineAndRecordsIt() throws Exception {
        Path ipsw = ipsw();
        Process station = new ProcessBuilder(java(), "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"), Station.class.getName(),
                "--data-dir", dataDir.toString(), "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-81",
                "--ipsw", ipsw.toString(), "--update", "--engine", "simulated", "--sim-outcome", "hang")
                .redirectError(files.resolve("stderr.txt").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.matches("slot 1: .* \\d+%"));
            assertThat(line).as("the engine's progress before the stop").isNotNull();

            station.toHandle().destroy();

            assertThat(station.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(files.resolve("stderr.txt"));
            assertThat(err.lines().filter(each -> each.startsWith("station: "))).singleElement().asString()
                    .startsWith("station: stopped during the restore: restore cancelled (attempt ");
            assertThat(err).doesNotContain("Shutdown in progress");
        } finally {
            station.destroyForcibly();
        }
        assertThat(onlyAttempt("T-81").outcome()).isEqualTo(AttemptOutcome.CANCELLED);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readUntil(BufferedReader out, Predicate<String> wanted) throws IOException {
        String line;
        do {
            line = out.readLine();
        } while (line != null && !wanted.test(line));
        return line;
    }

    private Path ipsw() throws Exception {
        return SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1", "iPhone10,4")
                .identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"));
    }

    private RestoreAttempt onlyAttempt(String ticket) {
        try (HistoryDatabase history = HistoryDatabase.open(HistorySource.choose("", dataDir.resolve("history")),
                "test", Clock.systemUTC())) {
            List<RestoreAttempt> attempts = history.attemptLog().forTicket(new Ticket(ticket));
            assertThat(attempts).hasSize(1);
            return attempts.get(0);
        }
    }
}
