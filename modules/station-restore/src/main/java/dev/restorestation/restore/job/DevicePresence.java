package dev.restorestation.restore.job;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import java.util.EnumSet;
import java.util.Set;

/** Whether a device is still on the bench, asked every watch tick: must answer at once. */
@FunctionalInterface
public interface DevicePresence {

    boolean present(Ecid ecid, Slot slot);

    /** Whether a restore of the device may start now; by default, whenever it is present. */
    default boolean restorable(Ecid ecid, Slot slot) {
        return present(ecid, slot);
    }

    /** Whether the device is back in its own slot in Recovery or DFU mode, ready to be tried again. */
    default boolean backForRetry(Ecid ecid, Slot slot) {
        return present(ecid, slot);
    }

    /**
     * Present while the watcher sees something in the device's slot, or the device itself
     * elsewhere; restorable while the device itself is seen in a mode the station can read.
     */
    static DevicePresence onBench(DeviceWatcher watcher) {
        return new DevicePresence() {
            @Override
            public boolean present(Ecid ecid, Slot slot) {
                return watcher.current().devices().stream()
                        .anyMatch(d -> d.slot().portPath().equals(slot.portPath()) || ecid.equals(d.ecid()));
            }

            @Override
            public boolean backForRetry(Ecid ecid, Slot slot) {
                return watcher.current().devices().stream()
                        .anyMatch(d -> ecid.equals(d.ecid()) && d.slot().portPath().equals(slot.portPath())
                                && (d.mode() == DeviceMode.RECOVERY || d.mode() == DeviceMode.DFU));
            }

            @Override
            public boolean restorable(Ecid ecid, Slot slot) {
                return watcher.current().devices().stream().filter(d -> ecid.equals(d.ecid()))
                        .anyMatch(d -> RESTORABLE.contains(d.mode()));
            }
        };
    }

    /** Every mode the station can read: one it cannot (Unknown) is not one a restore can start from. */
    Set<DeviceMode> RESTORABLE = EnumSet.of(DeviceMode.DFU, DeviceMode.RECOVERY, DeviceMode.NORMAL, DeviceMode.RESTORE);

    /** For a run where nothing watches the bench: the engine alone notices a lost device. */
    static DevicePresence unwatched() {
        return (ecid, slot) -> true;
    }
}
