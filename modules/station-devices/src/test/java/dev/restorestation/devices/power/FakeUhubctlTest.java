package dev.restorestation.devices.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.text.StationLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The station finds uhubctl on a PATH and runs it as a real process: here a script in its place
 * prints what uhubctl prints (status listings, a cycle, the permission failure users posted in
 * mvp/uhubctl#183 and #198) and writes down how it was called.
 */
class FakeUhubctlTest {

    @TempDir
    Path bin;

    @BeforeEach
    void shell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to stand in for uhubctl");
    }

    @Test
    void aHubThatSwitchesPortByPortOffersItsPortsAndACycleRunsUhubctlOnTheSlotsHubAndPort() throws Exception {
        fakeUhubctl(fixture("uhubctl-ppps.txt"), """
                Current status for hub 3-1.1 [0bda:5411 Generic 4-Port USB 2.0 Hub, USB 2.10, 4 ports, ppps]
                  Port 2: 0503 power highspeed enable connect [05ac:1281 Apple Inc. iPhone Recovery Mode]
                Sent power off request
                New status for hub 3-1.1 [0bda:5411 Generic 4-Port USB 2.0 Hub, USB 2.10, 4 ports, ppps]
                  Port 2: 0000 off
                Sent power on request
                New status for hub 3-1.1 [0bda:5411 Generic 4-Port USB 2.0 Hub, USB 2.10, 4 ports, ppps]
                  Port 2: 0100 power
                """, 0);

        PortPower power = UhubctlPower.onPath(bin.toString());

        assertThat(power.switchablePorts()).contains("3-1.1.2", "3-1.4", "2-2.1").doesNotContain("3-1.1.5");
        power.cycle(new Slot("3-1.1.2", "7"));
        assertThat(calls()).containsExactly("", "-l 3-1.1 -p 2 -a cycle -d 2");
    }

    @Test
    void aHubWithoutPerPortSwitchingOffersNoPortSoThePowerCycleStaysHidden() throws Exception {
        fakeUhubctl(fixture("uhubctl-forced-ganged.txt"), "", 0);

        PortPower power = UhubctlPower.onPath(bin.toString());

        assertThat(power.switchablePorts()).isEmpty();
        assertThat(calls()).containsExactly("");
    }

    @Test
    void aFailingRunIsOneClearLineAndAFailingListingOffersNothing() throws Exception {
        String refusal = """
                No compatible smart hubs detected at location 3-1.1!
                Run with -h to get usage info.
                There were permission problems while accessing USB.
                To fix this, run this tool as root using 'sudo uhubctl',
                or add one or more udev rules like below
                to file '/etc/udev/rules.d/52-usb.rules':
                SUBSYSTEM=="usb", ATTR{idVendor}=="2001", MODE="0666"
                then run 'sudo udevadm trigger --attr-match=subsystem=usb'
                """;
        fakeUhubctl(refusal, refusal, 1);

        PortPower power = UhubctlPower.onPath(bin.toString());

        assertThat(power.switchablePorts()).isEmpty();
        assertThatThrownBy(() -> power.cycle(new Slot("3-1.1.2", "7")))
                .isInstanceOf(IOException.class)
                .hasMessage("uhubctl: No compatible smart hubs detected at location 3-1.1!");
        StationLanguage.choose("de");
        try {
            assertThatThrownBy(() -> power.cycle(new Slot("3-1.1.2", "7")))
                    .as("the window shows the localized message, logs the English one")
                    .satisfies(failure -> assertThat(failure.getLocalizedMessage())
                            .isEqualTo("uhubctl meldet: No compatible smart hubs detected at location 3-1.1!"))
                    .hasMessage("uhubctl: No compatible smart hubs detected at location 3-1.1!");
        } finally {
            StationLanguage.choose("en");
        }
    }

    /** A uhubctl that prints {@code status} when listing, {@code cycle} when cycling (to stderr too when it fails). */
    private void fakeUhubctl(String status, String cycle, int exit) throws IOException {
        Files.writeString(bin.resolve("status.txt"), status);
        Files.writeString(bin.resolve("cycle.txt"), cycle);
        Path script = bin.resolve("uhubctl");
        Files.writeString(script, """
                #!/bin/sh
                here=$(dirname "$0")
                echo "$*" >> "$here/calls"
                case "$*" in
                  *cycle*) out="$here/cycle.txt" ;;
                  *) out="$here/status.txt" ;;
                esac
                if [ %d -ne 0 ]; then cat "$out" >&2; exit %d; fi
                cat "$out"
                """.formatted(exit, exit));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(bin.resolve("calls"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FakeUhubctlTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
