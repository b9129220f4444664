package dev.restorestation.gui.shell;

import java.awt.Graphics;
import java.awt.LayoutManager;
import java.time.Instant;
import java.util.function.Consumer;
import javax.swing.JPanel;

/** The window's content pane: reports once when it was first painted. */
final class FirstPaint extends JPanel {

    private Consumer<Instant> report;

    FirstPaint(LayoutManager layout, Consumer<Instant> report) {
        super(layout);
        this.report = report;
    }

    @Override
    public void paint(Graphics g) {
        super.paint(g);
        if (report != null) {
            Consumer<Instant> once = report;
            report = null;
            once.accept(Instant.now());
        }
    }
}
