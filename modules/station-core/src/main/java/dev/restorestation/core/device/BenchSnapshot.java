package dev.restorestation.core.device;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Every device on the bench at one moment, in slot order, and the state of the host's services. */
public record BenchSnapshot(List<DeviceSnapshot> devices, ServiceState usbmuxd, Instant takenAt) {

    public BenchSnapshot {
        devices = devices.stream().sorted(Comparator.comparing(DeviceSnapshot::slot)).toList();
    }

    public static BenchSnapshot empty(ServiceState usbmuxd) {
        return new BenchSnapshot(List.of(), usbmuxd, Instant.now());
    }
}
