package dev.restorestation.devices.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.Slot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-port power read from uhubctl's output (fixtures shaped on what uhubctl users posted:
 * mvp/uhubctl#629, #526, #541, #131, #63) and the bench without uhubctl, for real.
 */
class UhubctlPowerTest {

    @TempDir
    Path folder;

    @Test
    void portsOfHubsThatSwitchPortByPortAreNamedAsTheBenchNamesSlots() throws Exception {
        UhubctlStatus status = UhubctlStatus.parse(fixture("uhubctl-ppps.txt"));

        assertThat(status.hubs()).extracting(UhubctlStatus.Hub::location).containsExactly("3-1.1", "3-1", "2-2");
        assertThat(status.hubs()).allSatisfy(hub -> assertThat(hub.switching()).isEqualTo("ppps"));
        assertThat(status.switchablePorts()).containsExactly("3-1.1.1", "3-1.1.2", "3-1.1.3", "3-1.1.4",
                "3-1.1", "3-1.2", "3-1.3", "3-1.4", "2-2.1", "2-2.2", "2-2.3", "2-2.4");
    }

    @Test
    void aGangedHubListedWithForceOffersNoPort() throws Exception {
        UhubctlStatus status = UhubctlStatus.parse(fixture("uhubctl-forced-ganged.txt"));

        assertThat(status.hubs()).singleElement().satisfies(hub -> {
            assertThat(hub.switching()).isEqualTo("ganged");
            assertThat(hub.ports()).containsExactly(1, 2, 3, 4);
        });
        assertThat(status.switchablePorts()).isEmpty();
    }

    @Test
    void anOlderUhubctlThatDoesNotNameTheSwitchingAndARootHubAreRead() throws Exception {
        UhubctlStatus status = UhubctlStatus.parse(fixture("uhubctl-older.txt"));

        assertThat(status.hubs().get(0).switching()).isEmpty();
        assertThat(status.switchablePorts()).contains("1-1.1", "1-1.8", "2-1", "2-2").hasSize(10);
    }

    @Test
    void theOldestHeaderAndNoiseOfferNothing() throws Exception {
        assertThat(UhubctlStatus.parse(fixture("uhubctl-oldest.txt")).switchablePorts()).isEmpty();
        assertThat(UhubctlStatus.parse("").hubs()).isEmpty();
        assertThat(UhubctlStatus.parse("No compatible devices detected!\nRun with -h to get usage info.\n").hubs())
                .isEmpty();
    }

    @Test
    void aCycleNamesTheHubAndThePortOfTheSlot() throws Exception {
        Path program = Path.of("/usr/sbin/uhubctl");

        assertThat(UhubctlPower.command(program, "3-1.1.2"))
                .containsExactly("/usr/sbin/uhubctl", "-l", "3-1.1", "-p", "2", "-a", "cycle", "-d", "2");
        assertThat(UhubctlPower.command(program, "2-4"))
                .containsExactly("/usr/sbin/uhubctl", "-l", "2", "-p", "4", "-a", "cycle", "-d", "2");
        assertThatThrownBy(() -> UhubctlPower.command(program, "simulated-3"))
                .isInstanceOf(IOException.class).hasMessage("not a USB port path: simulated-3");
    }

    @Test
    void withoutUhubctlOnThePathNoPortIsSwitchableAndACycleSaysWhyInOneLine() throws Exception {
        Path notExecutable = Files.writeString(folder.resolve("uhubctl"), "not a program");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-------"));

        PortPower power = UhubctlPower.onPath(folder + ":" + folder.resolve("missing") + "::");

        assertThat(power).isSameAs(PortPower.NONE);
        assertThat(power.switchablePorts()).isEmpty();
        assertThatThrownBy(() -> power.cycle(new Slot("1-1.4", "4")))
                .isInstanceOf(IOException.class)
                .hasMessage("the power of slot 4 cannot be switched on this computer");
        assertThat(UhubctlPower.onPath(null)).isSameAs(PortPower.NONE);
    }

    @Test
    void thisMachinesPathIsLookedAtForReal() {
        boolean installed = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, "uhubctl")));

        assertThat(UhubctlPower.onPath(System.getenv("PATH")) == PortPower.NONE).isEqualTo(!installed);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = UhubctlPowerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
