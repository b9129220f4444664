package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SlotMap;
import dev.restorestation.devices.UsbBench;
import dev.restorestation.devices.usbmux.UnpairedLockdown;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import dev.restorestation.restore.job.DeviceReturn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code station restore} with the real engine proves a restore finished: the real bench (USB
 * and usbmuxd, as the window watches it) finds the device's slot before the restore and watches
 * for it to come back there in Normal mode after it. When it cannot (asked not to, usbmuxd not
 * running, the device not on the bench or on no known port), the restore still runs and
 * {@link #unchecked()} says why the device will not be checked.
 *
 * @param bench     the open bench while it watches; null when it does not
 * @param device    the device as the bench sees it, or as the ECID alone tells when it does not
 * @param comeBack  how the restore job sees the device come back
 * @param unchecked why the device will not be checked after the restore; null when it will be
 */
record RestoreWatch(UsbBench bench, DeviceSnapshot device, DeviceReturn comeBack, String unchecked)
        implements AutoCloseable {

    private static final Duration FIRST_LOOK = Duration.ofSeconds(10);
    private static final Duration LOCKDOWN_TIMEOUT = Duration.ofSeconds(5);

    /** No watch: the device is known by its ECID alone. */
    static RestoreWatch none(Ecid ecid, String why) {
        return new RestoreWatch(null, byEcid(ecid), DeviceReturn.unwatched(), why);
    }

    /** Opens the real bench, looks once, and keeps watching when the device can be checked after its restore. */
    static RestoreWatch open(Path slotMapDirectory, Ecid ecid) {
        UsbBench bench = openBench(slotMapDirectory);
        try {
            bench.start(snapshot -> { });
            boolean looked = bench.awaitFirstLook(FIRST_LOOK);
            if (bench.current().usbmuxd() == ServiceState.UNAVAILABLE) {
                return closing(bench, ecid, text("restore.usbmuxdNotRunning"));
            }
            Optional<DeviceSnapshot> seen = bench.current().devices().stream()
                    .filter(device -> ecid.equals(device.ecid())).findFirst();
            if (seen.isEmpty()) {
                String usb = bench.usbProblem().map(problem -> "; " + text("devices.dfuUnseen", problem))
                        .orElse(looked ? "" : "; " + text("devices.noAnswer", FIRST_LOOK.toSeconds()));
                return closing(bench, ecid, text("restore.notOnBench", ecid.engineArgument()) + usb);
            }
            if (!UsbBench.placed(seen.get())) {
                return closing(bench, ecid, text("restore.portUnknown", seen.get().name())
                        + bench.usbProblem().map(problem -> " (" + problem + ")").orElse(""));
            }
            DeviceReturn comeBack = DeviceReturn.onBench(bench, new UnpairedLockdown(UsbmuxSocket.system(),
                    LOCKDOWN_TIMEOUT));
            return new RestoreWatch(bench, seen.get(), comeBack, null);
        } catch (InterruptedException e) {
            bench.close();
            Thread.currentThread().interrupt();
            throw new StationException(text("restore.interrupted"));
        } catch (RuntimeException e) {
            bench.close();
            throw e;
        }
    }

    private static UsbBench openBench(Path slotMapDirectory) {
        try {
            return UsbBench.open(DeviceCatalog.bundled(), SlotMap.load(slotMapDirectory), UsbmuxSocket.system(),
                    UsbmuxWatcher.Backoff.STANDARD);
        } catch (IOException e) {
            throw new StationException(text("devices.slotMapUnreadable", e.getMessage()));
        }
    }

    private static RestoreWatch closing(UsbBench bench, Ecid ecid, String why) {
        bench.close();
        return none(ecid, why);
    }

    private static DeviceSnapshot byEcid(Ecid ecid) {
        return new DeviceSnapshot(new Slot("unknown", "?"), DeviceMode.UNKNOWN, ecid, null, null,
                "device " + ecid.engineArgument(), null);
    }

    @Override
    public void close() {
        if (bench != null) {
            bench.close();
        }
    }
}
