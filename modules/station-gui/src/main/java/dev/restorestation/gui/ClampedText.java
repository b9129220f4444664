package dev.restorestation.gui;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Wrapped text in a place of fixed height (a tile's last lines): shows as many whole lines as the
 * height holds, the last one ending in "…" when the text is longer, instead of a line cut through
 * the middle. A longer language needs more lines for the same words; none is ever half shown.
 */
public final class ClampedText extends WrappedText {

    private static final String ELLIPSIS = "…";

    private String full = "";

    public ClampedText() {
        super("");
    }

    /** The whole text, whatever part of it fits. */
    public String fullText() {
        return full;
    }

    @Override
    public void setText(String text) {
        String wanted = text == null ? "" : text;
        if (!wanted.equals(full)) {
            full = wanted;
            fit();
        }
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean resized = width != getWidth() || height != getHeight();
        super.setBounds(x, y, width, height);
        if (resized) {
            fit();
        }
    }

    private void fit() {
        int lineHeight = getFontMetrics(getFont()).getHeight();
        if (getWidth() <= 0 || getHeight() <= 0 || lineHeight <= 0) {
            super.setText(full);
            return;
        }
        super.setText(fitted(full, getFontMetrics(getFont()), getWidth(), Math.max(1, getHeight() / lineHeight)));
    }

    /** {@code text} in at most {@code maxLines} lines of {@code width} pixels, broken at spaces. */
    static String fitted(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = wrap(text, metrics, width);
        if (lines.size() <= maxLines) {
            return text;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && metrics.stringWidth(last + ELLIPSIS) >= width) {
            int space = last.lastIndexOf(' ');
            last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
        return String.join("\n", kept);
    }

    /**
     * Breaks as the text area itself does: a line as wide as the area is already too wide for it,
     * and it would push the last word onto a line of its own, below what was counted.
     */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && metrics.stringWidth(tried) >= width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
