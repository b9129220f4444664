package dev.restorestation.gui;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A hub with no labels yet that learns them the way the real slot map does, recording each. */
final class TeachingSlots implements SlotLabels {

    private final List<String> assigned;

    TeachingSlots(List<String> assigned) {
        this.assigned = assigned;
    }

    @Override
    public List<Slot> known() {
        return List.of();
    }

    @Override
    public Calibration calibrate(int first, int last, BenchSnapshot now) {
        UiThread.requireBackground(); // as the station's own slot port does while the slot map may still be opening
        Set<String> seen = new HashSet<>();
        now.devices().forEach(device -> seen.add(device.slot().portPath()));
        return new Calibration() {
            private int next = first;

            @Override
            public String prompt() {
                return done() ? "All slots up to " + last + " are calibrated." : "Plug a device into slot " + next + "…";
            }

            @Override
            public boolean done() {
                return next > last;
            }

            @Override
            public Optional<Slot> observe(BenchSnapshot bench) {
                Optional<String> arrived = bench.devices().stream().map(device -> device.slot().portPath())
                        .filter(seen::add).findFirst();
                if (arrived.isEmpty() || done()) {
                    return Optional.empty();
                }
                Slot slot = new Slot(arrived.get(), Integer.toString(next++));
                assigned.add(slot.portPath() + "=" + slot.label());
                return Optional.of(slot);
            }
        };
    }
}
