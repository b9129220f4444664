package dev.restorestation.gui.bench;

import java.awt.FontMetrics;

/**
 * A one-line label that, when its text does not fit, cuts the middle rather than the end: ticket
 * ids often share a head ("REPAIR-2026-11-…") and differ in the tail, which must stay readable.
 */
final class MiddleEllipsisLabel extends WidthFittedLabel {

    private static final String ELLIPSIS = "…";
    private String label = "";
    private String full = "";

    /** Shows {@code label} (e.g. "Ticket ") whole, followed by {@code text}, which gives way in its middle. */
    void setFullText(String label, String text) {
        this.label = label;
        full = text;
        fit();
    }

    @Override
    String textFor(int room, FontMetrics metrics) {
        return label + (room <= 0 ? full : fitted(full, metrics, room - metrics.stringWidth(label)));
    }

    /** The text whole if it fits, else its head, "…", and its tail, the tail twice as long as the head. */
    static String fitted(String text, FontMetrics metrics, int room) {
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        int[] points = text.codePoints().toArray();
        for (int keep = points.length - 1; keep > 0; keep--) {
            int head = keep / 3;
            String candidate = new String(points, 0, head) + ELLIPSIS
                    + new String(points, points.length - (keep - head), keep - head);
            if (metrics.stringWidth(candidate) <= room) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }
}
