package dev.restorestation.gui.dashboard;

import dev.restorestation.core.device.Slot;
import dev.restorestation.core.history.SlotRecord;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where each slot sits in the heat map: in the order a technician counts them, row by row, about
 * twice as wide as tall (a hub's shape) and at most {@value #MAX_COLUMNS} to a row.
 */
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
        int count = ordered.size();
        int columns = count <= 4 ? Math.max(1, count) : Math.min(MAX_COLUMNS, (int) Math.ceil(Math.sqrt(count * 2.0)));
        int rows = Math.max(1, (count + columns - 1) / columns);
        List<Cell> cells = IntStream.range(0, ordered.size())
                .mapToObj(i -> new Cell(ordered.get(i), i % columns, i / columns))
                .toList();
        return new SlotGrid(cells, columns, rows);
    }
}
