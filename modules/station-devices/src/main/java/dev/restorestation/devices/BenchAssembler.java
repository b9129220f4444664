package dev.restorestation.devices;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.devices.text.DeviceTexts;
import dev.restorestation.devices.usb.Udid;
import dev.restorestation.devices.usb.UsbSighting;
import dev.restorestation.devices.usbmux.MuxDevice;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the USB bus and usbmuxd see into one tile per phone, in its slot. A phone keeps its
 * tile across DFU → Recovery → Restore → Normal: it stays on the same port (the slot key), and its
 * ECID (read in DFU/Recovery, or taken from a 2018+ UDID) carries the model into modes that do not
 * tell it. Normal/Restore devices are placed by matching usbmuxd's LocationID to the USB bus and
 * address; where that is not possible, by the port their ECID was last seen on. A device whose
 * UDID does not carry the ECID (before 2018) takes the ECID last seen on its port, if that was
 * within {@link #SAME_PHONE_WINDOW} and not in Normal mode: a phone rebooting from Recovery or
 * Restore into Normal mode, not one phone swapped for another.
 * Not thread-safe: one watcher thread calls it.
 */
final class BenchAssembler {

    /** Port-path prefix for a usbmuxd device whose USB port is not known. */
    static final String UNPLACED_PREFIX = "usbmuxd:";

    private final DeviceCatalog catalog;
    private final SlotMap slots;
    /** Longest a port can be empty between two modes of one phone (a restore's final reboot fits). */
    static final Duration SAME_PHONE_WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<Ecid, Known> known = new HashMap<>();
    private final Map<String, LastSeen> lastOnPort = new HashMap<>();
    private final Map<String, Ecid> ecidByUdid = new HashMap<>();

    /** What the bench learned of one phone, kept while it changes mode. */
    private record Known(String productType, String name, String portPath, String serialNumber, BoardId board) {
    }

    private record LastSeen(Ecid ecid, DeviceMode mode, Instant at) {
    }

    BenchAssembler(DeviceCatalog catalog, SlotMap slots) {
        this(catalog, slots, Clock.systemUTC());
    }

    BenchAssembler(DeviceCatalog catalog, SlotMap slots, Clock clock) {
        this.catalog = catalog;
        this.slots = slots;
        this.clock = clock;
    }

    List<DeviceSnapshot> assemble(List<UsbSighting> usb, UsbmuxWatcher.View mux) {
        Map<String, DeviceSnapshot> byPort = new LinkedHashMap<>();
        Map<Long, UsbSighting> muxOwned = new HashMap<>();
        for (UsbSighting sighting : usb) {
            if (sighting.mode().isPresent()) {
                byPort.put(sighting.portPath(), fromUsb(sighting));
            } else if (sighting.ownedByUsbmuxd()) {
                muxOwned.put(location(sighting), sighting);
            }
        }
        for (UsbmuxWatcher.SeenDevice seen : mux.devices()) {
            UsbSighting port = muxOwned.remove(seen.device().locationId());
            DeviceSnapshot device = fromMux(seen, port, byPort);
            byPort.put(device.slot().portPath(), device);
        }
        if (mux.state() == ServiceState.UNAVAILABLE) {
            for (UsbSighting unseen : muxOwned.values()) {
                byPort.putIfAbsent(unseen.portPath(), new DeviceSnapshot(slots.slotFor(unseen.portPath()),
                        DeviceMode.UNKNOWN, null, null, null, null, "Apple device in Normal or Restore mode",
                        DeviceTexts.wording("problem.usbmuxdNotRunning"), null, unseen.speed()));
            }
        }
        Instant now = clock.instant();
        byPort.values().stream().filter(device -> device.ecid() != null)
                .forEach(device -> lastOnPort.put(device.slot().portPath(), new LastSeen(device.ecid(), device.mode(), now)));
        return new ArrayList<>(byPort.values());
    }

    private DeviceSnapshot fromUsb(UsbSighting sighting) {
        DeviceMode mode = sighting.mode().orElseThrow();
        Slot slot = slots.slotFor(sighting.portPath());
        if (sighting.serial() == null) {
            return new DeviceSnapshot(slot, mode, null, null, null, null,
                    "Apple device in " + mode.label() + " mode", sighting.problem(), null, sighting.speed());
        }
        Identification identity = Identification.of(sighting.serial(), catalog);
        String serialNumber = sighting.serial().serialNumber();
        BoardId board = identity.chipId() != null && identity.boardId() != null
                ? new BoardId(identity.chipId(), identity.boardId()) : null;
        if (identity.ecid() != null) {
            Known before = known.get(identity.ecid());
            if (serialNumber == null && before != null) {
                serialNumber = before.serialNumber();
            }
            known.put(identity.ecid(), new Known(identity.productType(), identity.name(), sighting.portPath(), serialNumber,
                    board));
        }
        return new DeviceSnapshot(slot, mode, identity.ecid(), null, serialNumber, identity.productType(),
                identity.name(), null, board, sighting.speed());
    }

    private DeviceSnapshot fromMux(UsbmuxWatcher.SeenDevice seen, UsbSighting port, Map<String, DeviceSnapshot> taken) {
        MuxDevice device = seen.device();
        Optional<Udid.ChipAndEcid> chip = Udid.parse(device.udid());
        Ecid ecid = chip.map(Udid.ChipAndEcid::ecid).orElseGet(() -> ecidBySlot(device, port));
        Known before = ecid == null ? null : known.get(ecid);
        Optional<DeviceModel> model = catalog.findByProductType(seen.productType())
                .or(() -> catalog.findByHardwareModel(seen.hardwareModel()));
        String productType = model.map(DeviceModel::productType)
                .orElse(before != null ? before.productType() : seen.productType());
        String name = model.map(DeviceModel::name)
                .orElse(before != null ? before.name() : chip.map(BenchAssembler::chipName).orElse("Apple device"));
        String portPath;
        if (port != null) {
            portPath = port.portPath();
        } else if (before != null && before.portPath() != null && !taken.containsKey(before.portPath())) {
            portPath = before.portPath();
        } else {
            portPath = UNPLACED_PREFIX + device.deviceId();
        }
        boolean placed = !portPath.startsWith(UNPLACED_PREFIX);
        String serialNumber = before != null ? before.serialNumber() : null;
        BoardId board = before != null ? before.board() : null;
        if (ecid != null && (placed || before == null)) {
            known.put(ecid, new Known(productType, name, placed ? portPath : null, serialNumber, board));
        }
        Slot slot = placed ? slots.slotFor(portPath) : new Slot(portPath, "USB " + device.deviceId());
        return new DeviceSnapshot(slot, seen.mode(), ecid, device.udid(), serialNumber, productType, name, null, board,
                port != null ? port.speed() : PortSpeed.UNKNOWN);
    }

    private Ecid ecidBySlot(MuxDevice device, UsbSighting port) {
        Ecid learned = ecidByUdid.get(device.udid());
        if (learned != null || port == null || device.udid() == null) {
            return learned;
        }
        LastSeen last = lastOnPort.get(port.portPath());
        if (last == null || last.mode() == DeviceMode.NORMAL
                || last.at().isBefore(clock.instant().minus(SAME_PHONE_WINDOW))) {
            return null;
        }
        ecidByUdid.put(device.udid(), last.ecid());
        return last.ecid();
    }

    private static String chipName(Udid.ChipAndEcid chip) {
        return String.format(Locale.ROOT, "Apple device (CPID 0x%04X)", chip.chipId());
    }

    private static long location(UsbSighting sighting) {
        return ((long) sighting.bus() << 16) | sighting.address();
    }
}
