package dev.restorestation.restore.job;

import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceReadBack;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import java.io.IOException;
import java.util.Optional;

/** How a job sees a restored device come back; asked every few seconds while it waits. */
public interface DeviceReturn {

    /**
     * What the device says when the bench shows it back in Normal mode in {@code slot}; empty
     * while it is not. Fails when it is back but does not answer (yet).
     */
    Optional<DeviceFacts> back(Ecid ecid, Slot slot) throws IOException;

    /** Whether anything watches the bench; without it no job waits. */
    default boolean watched() {
        return true;
    }

    /** The same ECID in Normal mode in the same slot, read with {@code readBack}. */
    static DeviceReturn onBench(DeviceWatcher watcher, DeviceReadBack readBack) {
        return (ecid, slot) -> {
            var device = watcher.current().devices().stream()
                    .filter(d -> d.mode() == DeviceMode.NORMAL && ecid.equals(d.ecid()) && d.udid() != null
                            && d.slot().portPath().equals(slot.portPath()))
                    .findFirst();
            return device.isEmpty() ? Optional.empty() : Optional.of(readBack.read(device.get()));
        };
    }

    /** For a run where nothing watches the bench: the device is not checked after its restore. */
    static DeviceReturn unwatched() {
        return new DeviceReturn() {
            @Override
            public Optional<DeviceFacts> back(Ecid ecid, Slot slot) {
                return Optional.empty();
            }

            @Override
            public boolean watched() {
                return false;
            }
        };
    }
}
