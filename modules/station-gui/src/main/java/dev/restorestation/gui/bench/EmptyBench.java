package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WrappedText;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** What the bench shows with no device: what to do next, in words. */
final class EmptyBench extends JPanel {

    EmptyBench(boolean demo) {
        super(new MigLayout("fill, insets 40", "[center]", "push[]12[]push"));
        setName("empty-bench");
        setOpaque(false);
        JLabel title = new JLabel(Texts.text("bench.empty.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        WrappedText hint = new WrappedText(Texts.text(demo ? "bench.empty.demo" : "bench.empty.hint"));
        hint.setName("empty-bench-hint");
        add(title, "wrap");
        add(hint, "w 300:480:560");
    }
}
