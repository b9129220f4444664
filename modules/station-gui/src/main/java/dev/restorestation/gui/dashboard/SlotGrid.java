package dev.restorestation.gui.dashboard;

import dev.restorestation.core.device.Slot;
import dev.restorestation.core.history.SlotRecord;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Where each slot sits in the heat map: in the order a technician counts them, row by row. */
record SlotGrid(List<Cell> cells, int columns, int rows) {

    static final int MAX_COLUMNS = 8;

    /** One slot's place and record; {@code rate} is its share of USB failures, 0 to 1. */
    record Cell(SlotRecord slot, int column, int row) {

        double rate() {
            return slot.attempts() == 0 ? 0 : slot.usbConnectionFailures() / (double) slot.attempts();
        }
    }

    static SlotGrid of(List<SlotRecord> slots) {
        List<SlotRecord> ordered = slots.stream()
                .sorted(Comparator.comparing((SlotRecord record) -> new Slot(record.slot(), record.slot())))
                .toList();
        int columns = Math.max(1, Math.min(MAX_COLUMNS, ordered.size()));
        int rows = Math.max(1, (ordered.size() + columns - 1) / columns);
        List<Cell> cells = IntStream.range(0, ordered.size())
                .mapToObj(i -> new Cell(ordered.get(i), i % columns, i / columns))
                .toList();
        return new SlotGrid(cells, columns, rows);
    }
}
