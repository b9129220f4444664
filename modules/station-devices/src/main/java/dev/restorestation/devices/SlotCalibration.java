package dev.restorestation.devices;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Slot;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Teaches the slot map which port is which: "plug a device into slot 1", and the port where a
 * device newly appears becomes slot 1; then slot 2, up to the last slot. Ports already there when
 * calibration starts, or already given a slot in this round, are not taken again; nor is a
 * usbmuxd device whose port is unknown.
 */
public final class SlotCalibration {

    private final SlotMap map;
    private final int lastSlot;
    private final Set<String> taken = new HashSet<>();
    private Set<String> present;
    private int nextSlot;

    public SlotCalibration(SlotMap map, int firstSlot, int lastSlot, Collection<String> pluggedNow) {
        if (firstSlot < 1 || lastSlot < firstSlot) {
            throw new IllegalArgumentException("slots to calibrate must run from 1 up, got " + firstSlot + ".." + lastSlot);
        }
        this.map = map;
        this.lastSlot = lastSlot;
        this.nextSlot = firstSlot;
        this.present = Set.copyOf(pluggedNow);
    }

    public boolean done() {
        return nextSlot > lastSlot;
    }

    /** What to tell the technician now. */
    public String prompt() {
        return done()
                ? "All slots up to " + lastSlot + " are calibrated."
                : "Plug a device into slot " + nextSlot + "…";
    }

    public Optional<Slot> observe(BenchSnapshot bench) throws IOException {
        return observe(bench.devices().stream().map(DeviceSnapshot::slot).map(Slot::portPath)
                .collect(Collectors.toSet()));
    }

    /** Looks at the ports with a device now; a newly used port gets the next label, which is saved. */
    public Optional<Slot> observe(Collection<String> portPaths) throws IOException {
        Set<String> now = Set.copyOf(portPaths);
        Optional<String> arrived = now.stream()
                .filter(path -> !path.startsWith(BenchAssembler.UNPLACED_PREFIX))
                .filter(path -> !present.contains(path) && !taken.contains(path))
                .sorted()
                .findFirst();
        present = now;
        if (done() || arrived.isEmpty()) {
            return Optional.empty();
        }
        String label = Integer.toString(nextSlot++);
        map.assign(arrived.get(), label);
        taken.add(arrived.get());
        return Optional.of(new Slot(arrived.get(), label));
    }
}
