package dev.restorestation.gui.shell;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** One line at the bottom: devices, usbmuxd and engine state. */
final class StatusBar extends JPanel {

    private final JLabel devices = new JLabel(Texts.text("status.devices", 0));
    private final JLabel usbmuxd = new JLabel(Texts.text("status.usbmuxd", Texts.text("service.UNKNOWN")));
    private final JLabel engine = new JLabel(Texts.text("status.engine.checking"));
    private final JLabel restoring = new JLabel(Texts.text("status.restoring", 0));
    private final JLabel notice = new JLabel();

    StatusBar() {
        super(new MigLayout("insets 3 10 3 10, gap 0", "[][][][][][][]push[0::]"));
        setName("status-bar");
        devices.setName("status-devices");
        usbmuxd.setName("status-usbmuxd");
        engine.setName("status-engine");
        restoring.setName("status-restoring");
        notice.setName("status-notice");
        notice.putClientProperty("FlatLaf.style", "foreground: $Station.text.attention");
        add(devices);
        add(separator());
        add(restoring);
        add(separator());
        add(usbmuxd);
        add(separator());
        add(engine);
        add(notice, "w 0::, gapleft 16lp");
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
    }

    void showBench(BenchSnapshot bench) {
        UiThread.requireEdt();
        int count = bench.devices().size();
        devices.setText(Texts.text("status.devices", count));
        usbmuxd.setText(Texts.text("status.usbmuxd", Texts.text("service." + bench.usbmuxd().name())));
    }

    /** What the bench is doing: "6 restoring · 4 queued · all done by ~14:20". */
    void showRestoring(String summary) {
        restoring.setText(summary);
    }

    /** A short message about the last action, e.g. why nothing happened. */
    void showNotice(String text) {
        UiThread.requireEdt();
        notice.setText(text);
        notice.setToolTipText(text);
    }

    void showEngine(EngineStatus status) {
        UiThread.requireEdt();
        engine.setText(EngineText.of(status));
        engine.setToolTipText(status.detail().isEmpty() ? null : status.detail());
    }

    private static JLabel separator() {
        JLabel dot = new JLabel("  ·  ");
        dot.setEnabled(false);
        return dot;
    }
}
