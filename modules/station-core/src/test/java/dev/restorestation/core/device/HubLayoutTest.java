package dev.restorestation.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The depth and speed warnings, from port paths as libusb writes them. */
class HubLayoutTest {

    private final HubLayout layout = new HubLayout(HubLayout.DEFAULT_MAX_HUBS);

    @Test
    void countsTheHubsBetweenTheRootHubAndTheDevice() {
        assertThat(HubLayout.hubsDeep("1-4")).as("a port of the computer itself").contains(0);
        assertThat(HubLayout.hubsDeep("1-2.4")).contains(1);
        assertThat(HubLayout.hubsDeep("4-1.3.2.2")).contains(3);
        assertThat(HubLayout.hubsDeep("usbmuxd:11")).isEmpty();
        assertThat(HubLayout.hubsDeep("1-")).isEmpty();
        assertThat(HubLayout.hubsDeep("1-2..3")).isEmpty();
        assertThat(HubLayout.hubsDeep("x-2.3")).isEmpty();
    }

    @Test
    void aSlotDeeperThanAllowedIsWarnedAboutInTheTechniciansWords() {
        Optional<HubLayout.Warning> warning = layout.warning(device("4-1.3.2.2", "7", PortSpeed.HIGH));

        assertThat(warning).map(HubLayout.Warning::brief).contains("3 hubs deep");
        assertThat(warning).map(HubLayout.Warning::advice)
                .contains("Slot 7 sits 3 hubs deep: expect 4013/4014 here; plug its hub nearer the computer");
        assertThat(layout.warning(device("4-1.3.2", "6", PortSpeed.HIGH))).as("two hubs are allowed").isEmpty();
        assertThat(new HubLayout(1).warning(device("4-1.3.2", "6", PortSpeed.HIGH))).as("unless set lower").isPresent();
    }

    @Test
    void aFullOrLowSpeedPortIsWarnedAboutAndAnUnknownSpeedIsNot() {
        assertThat(layout.warning(device("1-1.2", "3", PortSpeed.FULL))).map(HubLayout.Warning::advice)
                .contains("Slot 3 runs at USB 1.1 full speed (12 Mbit/s): expect 4013/4014 here; use a USB 2.0 port or hub");
        assertThat(layout.warning(device("1-1.2", "3", PortSpeed.LOW))).isPresent();
        assertThat(layout.warning(device("1-1.2", "3", PortSpeed.UNKNOWN))).isEmpty();
        assertThat(layout.warning(device("1-1.2", "3", PortSpeed.SUPER))).isEmpty();
    }

    @Test
    void aDepthOutsideWhatUsbAllowsIsRefused() {
        assertThatThrownBy(() -> new HubLayout(8)).hasMessage("the hubs a slot may sit behind must be 0 to 7, not 8");
    }

    private static DeviceSnapshot device(String portPath, String label, PortSpeed speed) {
        return new DeviceSnapshot(new Slot(portPath, label), DeviceMode.DFU, new Ecid(1), null, null, "iPhone10,1",
                "iPhone 8", null, null, speed);
    }
}
