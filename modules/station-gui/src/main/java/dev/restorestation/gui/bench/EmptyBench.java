package dev.restorestation.gui.bench;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/** What the bench shows with no device: what to do next, in words. */
final class EmptyBench extends JPanel {

    EmptyBench(boolean demo) {
        super(new MigLayout("fill, insets 40", "[center]", "push[]12[]push"));
        setName("empty-bench");
        setOpaque(false);
        JLabel title = new JLabel("No devices on the bench yet");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JLabel hint = new JLabel(demo
                ? "<html><div style='text-align:center'>The simulated bench is starting…</div></html>"
                : "<html><div style='text-align:center'>Plug a device into a numbered slot of the hub.<br>"
                        + "Phones in DFU or Recovery mode appear here at once; phones in Normal mode<br>"
                        + "need usbmuxd running. To see the whole flow without a phone, start<br>"
                        + "<b>station --demo</b>.</div></html>");
        hint.setHorizontalAlignment(SwingConstants.CENTER);
        hint.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(title, "wrap");
        add(hint);
    }
}
