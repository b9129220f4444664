package dev.restorestation.gui.dashboard;

import dev.restorestation.core.device.Slot;
import dev.restorestation.core.history.SlotRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Where each slot sits in the heat map: in the order a technician counts them, row by row, about
 * twice as wide as tall (a hub's shape) and at most {@value #MAX_COLUMNS} to a row. A numbered
 * slot with no attempt keeps its place (shown empty), so the others never shift.
 */
record SlotGrid(List<Cell> cells, int columns, int rows) {

    static final int MAX_COLUMNS = 8;
    /**
     * How many attempts without a failure a slot's colour counts on top of its own: one failure in
     * two attempts says little about a port, twenty in forty says a lot, and none stays none.
     */
    static final double PRIOR_ATTEMPTS = 5;

    /** One slot's place and record. */
    record Cell(SlotRecord slot, int column, int row) {

        /** Its share of USB failures, 0 to 1, as counted. */
        double rate() {
            return slot.attempts() == 0 ? 0 : slot.usbConnectionFailures() / (double) slot.attempts();
        }

        /** The share its colour shows: lower than counted while it has few attempts; -1 with none. */
        double colourRate() {
            return slot.attempts() == 0 ? -1 : slot.usbConnectionFailures() / (slot.attempts() + PRIOR_ATTEMPTS);
        }
    }

    static SlotGrid of(List<SlotRecord> slots) {
        List<SlotRecord> ordered = withGapsFilled(slots).stream()
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

    /** Slots 1 to the highest number seen, each once: those with no attempt get an empty record. */
    private static List<SlotRecord> withGapsFilled(List<SlotRecord> slots) {
        Set<String> labels = slots.stream().map(SlotRecord::slot).collect(Collectors.toSet());
        int highest = slots.stream().map(SlotRecord::slot).filter(label -> label.matches("[1-9]\\d{0,2}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        List<SlotRecord> all = new ArrayList<>(slots);
        IntStream.rangeClosed(1, highest).mapToObj(String::valueOf).filter(label -> !labels.contains(label))
                .forEach(label -> all.add(new SlotRecord(label, 0, 0)));
        return all;
    }
}
