package dev.restorestation.gui.bench;

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
        JLabel title = new JLabel("No devices on the bench yet");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        WrappedText hint = new WrappedText(demo
                ? "The simulated bench is starting…"
                : "Plug a device into a numbered slot of the hub. Phones in DFU or Recovery mode appear here "
                        + "at once; phones in Normal mode need usbmuxd running (see the status bar below).");
        hint.setName("empty-bench-hint");
        add(title, "wrap");
        add(hint, "w 300:480:560");
    }
}
