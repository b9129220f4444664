package dev.restorestation.gui.shell;

import java.awt.Graphics;
import java.awt.LayoutManager;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javax.swing.JPanel;

/** The window's content pane: reports once how long after process start it was first painted. */
final class FirstPaint extends JPanel {

    private Consumer<Duration> report;

    FirstPaint(LayoutManager layout, Consumer<Duration> report) {
        super(layout);
        this.report = report;
    }

    @Override
    public void paint(Graphics g) {
        super.paint(g);
        if (report != null) {
            Consumer<Duration> once = report;
            report = null;
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            once.accept(Duration.between(start, Instant.now()));
        }
    }
}
