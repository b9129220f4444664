package dev.restorestation.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.devices.usbmux.PrivateUsbmuxd;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station restore} with idevicerestore and the real bench, with no phone attached: before
 * the restore it says whether it will be able to check the device afterwards, with usbmuxd absent
 * and with a real usbmuxd running. The station runs as its own process so that it and
 * idevicerestore find usbmuxd where the test puts it.
 */
class RestoreOnTheRealBenchTest {

    private static final String ECID = "0x1A2B3C4D5E6F78";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void withoutUsbmuxdItSaysTheDeviceCannotBeCheckedAndStillRunsTheRestore() throws Exception {
        HostRequirement.program("idevicerestore");

        Run run = restore("T-91", files.resolve("no-usbmuxd-here"));

        assertThat(run.out).contains("The device will not be checked after the restore: usbmuxd is not running,"
                + " so a device back in Normal mode cannot be seen (start it with 'sudo systemctl start usbmuxd'"
                + " or 'sudo usbmuxd -f')");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).as("the engine ran and found no device").endsWith("(device-not-found)");
        assertThat(onlyAttempt("T-91").category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
    }

    @Test
    void withUsbmuxdRunningItLooksForTheDeviceOnTheBench() throws Exception {
        HostRequirement.program("idevicerestore");
        try (PrivateUsbmuxd usbmuxd = PrivateUsbmuxd.prepare(Files.createDirectories(files.resolve("usbmuxd")))) {
            usbmuxd.start();

            Run run = restore("T-92", usbmuxd.socket());

            assertThat(run.out).doesNotContain("usbmuxd is not running")
                    .contains("The device will not be checked after the restore: ECID " + ECID
                            + " is not on the bench, so its slot is not known");
            assertThat(run.exit).isEqualTo(1);
            assertThat(run.err).endsWith("(device-not-found)");
        }
        assertThat(onlyAttempt("T-92").category()).isEqualTo(ErrorCategory.DEVICE_NOT_FOUND);
    }

    @Test
    void noVerifyDoesNotLookAtTheBench() throws Exception {
        HostRequirement.program("idevicerestore");

        Run run = restore("T-93", files.resolve("no-usbmuxd-here"), "--no-verify");

        assertThat(run.out).doesNotContain("will not be checked").doesNotContain("waiting up to");
        assertThat(run.err).endsWith("(device-not-found)");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run restore(String ticket, Path usbmuxdSocket, String... more) throws Exception {
        Path ipsw = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1")
                .identity(0x8015, 0x02, "d20ap")
                .write(files.resolve(ticket + ".ipsw"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                Station.class.getName(), "--data-dir", dataDir.toString(),
                "restore", "--ecid", ECID, "--ticket", ticket, "--ipsw", ipsw.toString(), "--update"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(files.resolve(ticket + ".out").toFile())
                .redirectError(files.resolve(ticket + ".err").toFile());
        builder.environment().put(UsbmuxSocket.ENVIRONMENT_VARIABLE, "UNIX:" + usbmuxdSocket);
        Process station = builder.start();
        try {
            assertThat(station.waitFor(120, TimeUnit.SECONDS)).as("the restore ended").isTrue();
            return new Run(station.exitValue(), Files.readString(files.resolve(ticket + ".out")),
                    Files.readString(files.resolve(ticket + ".err")).strip());
        } finally {
            station.destroyForcibly();
        }
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
