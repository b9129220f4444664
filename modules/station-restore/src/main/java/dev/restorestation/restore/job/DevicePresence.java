package dev.restorestation.restore.job;

import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;

/** Whether a device is still on the bench, asked every watch tick: must answer at once. */
@FunctionalInterface
public interface DevicePresence {

    boolean present(Ecid ecid, Slot slot);

    /** Present while the watcher sees something in the device's slot, or the device itself elsewhere. */
    static DevicePresence onBench(DeviceWatcher watcher) {
        return (ecid, slot) -> watcher.current().devices().stream()
                .anyMatch(d -> d.slot().portPath().equals(slot.portPath()) || ecid.equals(d.ecid()));
    }

    /** For a run where nothing watches the bench: the engine alone notices a lost device. */
    static DevicePresence unwatched() {
        return (ecid, slot) -> true;
    }
}
