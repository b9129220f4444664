package dev.restorestation.core.device;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Port: which hub port is which numbered slot. The bench shows every known slot, empty ones
 * dimmed, and a calibration teaches new ones: "plug a device into slot 1…". Blocking (the labels
 * live in a file): never on the UI thread.
 */
public interface SlotLabels {

    /** Every labelled slot, in slot order. */
    List<Slot> known() throws IOException;

    /** Starts teaching slots {@code first}..{@code last}; the devices on {@code now} are not taken. */
    Calibration calibrate(int first, int last, BenchSnapshot now);

    /** One calibration round. */
    interface Calibration {

        /** What to tell the technician now, e.g. "Plug a device into slot 3…". */
        String prompt();

        boolean done();

        /** Looks at the bench; a device newly plugged into an unlabelled port makes that port the next slot. */
        Optional<Slot> observe(BenchSnapshot bench) throws IOException;
    }
}
