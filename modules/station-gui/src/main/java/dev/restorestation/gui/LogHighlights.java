package dev.restorestation.gui;

import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;

/**
 * What a log's text marks: the lines that decided the diagnosis, or, while a word is searched, its
 * matches with the current one outlined. Both share one colour, so only one of them is shown at a time.
 */
final class LogHighlights {

    private final JTextArea text;
    private final List<Object> marks = new ArrayList<>();
    private List<Long> evidence = List.of();
    private Object current;

    LogHighlights(JTextArea text) {
        this.text = text;
    }

    /** Marks the 1-based lines of the text; returns where the first of them starts, or -1 without any. */
    int evidence(List<Long> lines) {
        evidence = lines;
        return showEvidence();
    }

    private int showEvidence() {
        clear();
        int first = -1;
        for (long line : evidence) {
            if (line < 1 || line > text.getLineCount()) {
                continue;
            }
            try {
                int start = text.getLineStartOffset((int) line - 1);
                mark(start, text.getLineEndOffset((int) line - 1), painter());
                first = first < 0 ? start : first;
            } catch (BadLocationException e) {
                throw new IllegalStateException("line " + line + " was counted in this text", e);
            }
        }
        return first;
    }

    /** Marks every match of the search; an empty search brings the deciding lines back. */
    void matches(LogSearch search) {
        if (search.length() == 0) {
            showEvidence();
            return;
        }
        clear();
        for (int start : search.starts()) {
            mark(start, start + search.length(), painter());
        }
    }

    /**
     * Outlines the match the search is at. An outline, not the selection: the text keeps its colour on
     * the highlight, readable in both themes.
     */
    void current(int start, int length) {
        if (current != null) {
            text.getHighlighter().removeHighlight(current);
            marks.remove(current);
        }
        current = mark(start, start + length, new OutlinePainter());
    }

    private void clear() {
        marks.forEach(text.getHighlighter()::removeHighlight);
        marks.clear();
        current = null;
    }

    private Object mark(int start, int end, Highlighter.HighlightPainter painter) {
        try {
            Object mark = text.getHighlighter().addHighlight(start, end, painter);
            marks.add(mark);
            return mark;
        } catch (BadLocationException e) {
            throw new IllegalStateException("a match was found in this very text", e);
        }
    }

    private static DefaultHighlighter.DefaultHighlightPainter painter() {
        return new DefaultHighlighter.DefaultHighlightPainter(UIManager.getColor("Station.evidence.background"));
    }

    /** The current match: highlighted like the others, with the focus colour around it. */
    private static final class OutlinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        OutlinePainter() {
            super(UIManager.getColor("Station.evidence.background"));
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Shape painted = super.paintLayer(g, offs0, offs1, bounds, c, view);
            if (painted != null) {
                Rectangle box = painted.getBounds();
                g.setColor(UIManager.getColor("Component.focusColor"));
                g.drawRect(box.x, box.y, box.width - 1, box.height - 1);
            }
            return painted;
        }
    }
}
