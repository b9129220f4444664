package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.devices.usb.AppleUsb;
import dev.restorestation.devices.usb.UsbSerial;
import dev.restorestation.devices.usb.UsbSighting;
import dev.restorestation.devices.usbmux.MuxDevice;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BenchAssemblerTest {

    private static final UsbmuxWatcher.View NO_USBMUXD =
            new UsbmuxWatcher.View(ServiceState.UNAVAILABLE, List.of(), "usbmuxd is not running");
    private static final UsbmuxWatcher.View EMPTY_USBMUXD = new UsbmuxWatcher.View(ServiceState.AVAILABLE, List.of(), null);

    private final SlotMap slots = SlotMap.inMemory();
    private final BenchAssembler assembler = new BenchAssembler(DeviceCatalog.bundled(), slots);

    @Test
    void showsADeviceItMayNotOpenWithTheUdevHint() {
        UsbSighting locked = new UsbSighting("1-4", 1, 9, AppleUsb.DFU, null, AppleUsb.UDEV_RULE_HINT);

        DeviceSnapshot tile = assembler.assemble(List.of(locked), EMPTY_USBMUXD).get(0);

        assertThat(tile.mode()).isEqualTo(DeviceMode.DFU);
        assertThat(tile.name()).isEqualTo("Apple device in DFU mode");
        assertThat(tile.problem().english()).startsWith("details unavailable: install the udev rule").contains("installer/linux/");
        assertThat(tile.problem().text(Locale.GERMAN)).startsWith("Details nicht lesbar: udev-Regel installieren")
                .contains("installer/linux/");
        assertThat(tile.ecid()).isNull();
    }

    @Test
    void showsANormalModeDeviceWhenUsbmuxdIsNotRunning() throws Exception {
        slots.assign("2-1.3", "7");
        UsbSighting phone = new UsbSighting("2-1.3", 2, 14, 0x12A8, null, null);

        DeviceSnapshot tile = assembler.assemble(List.of(phone), NO_USBMUXD).get(0);

        assertThat(tile.slot()).isEqualTo(new Slot("2-1.3", "7"));
        assertThat(tile.mode()).isEqualTo(DeviceMode.UNKNOWN);
        assertThat(tile.problem().english()).contains("usbmuxd is not running");
        assertThat(assembler.assemble(List.of(phone), EMPTY_USBMUXD)).as("usbmuxd will report it").isEmpty();
    }

    @Test
    void placesAUsbmuxdDeviceByItsLocationId() {
        UsbSighting port = new UsbSighting("3-1.2", 3, 5, 0x12A8, null, null);
        MuxDevice device = new MuxDevice(4, "00008110-00123C1901F2401E", (3 << 16) | 5, 0x12A8, "USB");
        UsbmuxWatcher.View view = new UsbmuxWatcher.View(ServiceState.AVAILABLE,
                List.of(UsbmuxWatcher.SeenDevice.unasked(device)), null);

        DeviceSnapshot tile = assembler.assemble(List.of(port), view).get(0);

        assertThat(tile.slot().portPath()).isEqualTo("3-1.2");
        assertThat(tile.mode()).as("lockdown has not answered yet").isEqualTo(DeviceMode.UNKNOWN);
        assertThat(tile.ecid()).isEqualTo(new Ecid(0x00123C1901F2401EL));
        assertThat(tile.name()).isEqualTo("Apple device (CPID 0x8110)");
    }

    @Test
    void placesAnUnlocatedDeviceWhereItsEcidWasLastSeen() {
        UsbSighting recovery = new UsbSighting("1-1.6", 1, 3, 0x1281,
                UsbSerial.parse("CPID:8110 CPRV:11 BDID:0C ECID:00123C1901F2401E SRNM:[X]"), null);
        assembler.assemble(List.of(recovery), EMPTY_USBMUXD);
        MuxDevice elsewhere = new MuxDevice(9, "00008110-00123C1901F2401E", 0x14100000L, 0x12A8, "USB");

        DeviceSnapshot tile = assembler.assemble(List.of(), new UsbmuxWatcher.View(ServiceState.AVAILABLE,
                List.of(new UsbmuxWatcher.SeenDevice(elsewhere, DeviceMode.RESTORE, null, null)), null)).get(0);

        assertThat(tile.slot().portPath()).isEqualTo("1-1.6");
        assertThat(tile.productType()).isEqualTo("iPhone14,2");
        assertThat(tile.mode()).isEqualTo(DeviceMode.RESTORE);
        assertThat(tile.board()).as("kept from its Recovery serial string").isEqualTo(new BoardId(0x8110, 0x0C));
    }

    @Test
    void carriesTheChipAndBoardIdsOfTheSerialStringForTheBuildCheck() {
        UsbSighting dfu = new UsbSighting("1-1.2", 1, 4, AppleUsb.DFU,
                UsbSerial.parse("CPID:8015 CPRV:11 CPFM:03 SCEP:01 BDID:06 ECID:001A2B3C4D5E6F70 IBFL:3C SRTG:[iBoot-3332.0.0.1.23]"),
                null);
        UsbSighting noBoard = new UsbSighting("1-1.3", 1, 5, AppleUsb.DFU,
                UsbSerial.parse("CPID:8015 ECID:001A2B3C4D5E6F71 SRTG:[iBoot-3332.0.0.1.23]"), null);

        List<DeviceSnapshot> tiles = assembler.assemble(List.of(dfu, noBoard), EMPTY_USBMUXD);

        assertThat(tiles.get(0).board()).isEqualTo(new BoardId(0x8015, 0x06));
        assertThat(tiles.get(1).board()).isNull();
    }

    @Test
    void carriesThePortSpeedIntoEveryModeOfTheDevice() {
        UsbSighting recovery = new UsbSighting("1-1.6", 1, 3, 0x1281,
                UsbSerial.parse("CPID:8110 CPRV:11 BDID:0C ECID:00123C1901F2401E SRNM:[X]"), null, PortSpeed.FULL);
        assertThat(assembler.assemble(List.of(recovery), EMPTY_USBMUXD).get(0).portSpeed()).isEqualTo(PortSpeed.FULL);

        UsbSighting normal = new UsbSighting("1-1.6", 1, 8, 0x12A8, null, null, PortSpeed.HIGH);
        MuxDevice device = new MuxDevice(4, "00008110-00123C1901F2401E", (1 << 16) | 8, 0x12A8, "USB");
        DeviceSnapshot tile = assembler.assemble(List.of(normal), new UsbmuxWatcher.View(ServiceState.AVAILABLE,
                List.of(new UsbmuxWatcher.SeenDevice(device, DeviceMode.NORMAL, "iPhone14,2", null)), null)).get(0);

        assertThat(tile.portSpeed()).isEqualTo(PortSpeed.HIGH);
        assertThat(tile.slot().portPath()).isEqualTo("1-1.6");
    }

    @Test
    void givesAnUnknownPortItsOwnPlace() {
        MuxDevice stranger = new MuxDevice(11, "3c1a5b7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7", 0x14100000L, 0x12A8, "USB");

        DeviceSnapshot tile = assembler.assemble(List.of(), new UsbmuxWatcher.View(ServiceState.AVAILABLE,
                List.of(new UsbmuxWatcher.SeenDevice(stranger, DeviceMode.NORMAL, "iPhone10,3", null)), null)).get(0);

        assertThat(tile.slot()).isEqualTo(new Slot("usbmuxd:11", "USB 11"));
        assertThat(tile.name()).isEqualTo("iPhone X (Global)");
        assertThat(tile.ecid()).isNull();
    }
}
