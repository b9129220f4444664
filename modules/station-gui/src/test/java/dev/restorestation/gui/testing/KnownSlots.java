package dev.restorestation.gui.testing;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import java.util.List;

/** A hub whose slots are already labelled; calibration is not part of what such a test checks. */
public record KnownSlots(List<Slot> known) implements SlotLabels {

    public static KnownSlots none() {
        return new KnownSlots(List.of());
    }

    @Override
    public Calibration calibrate(int first, int last, BenchSnapshot now) {
        throw new UnsupportedOperationException("no calibration in this test");
    }
}
