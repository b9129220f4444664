package dev.restorestation.gui.shell;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** One line at the bottom: devices, usbmuxd and engine state, and a notice about the last action. */
final class StatusBar extends JPanel {

    private static final Duration NOTICE_SHOWN = Duration.ofSeconds(20);

    private final JLabel devices = new JLabel(Texts.text("status.devices", 0));
    private final JLabel usbmuxd = new JLabel(Texts.text("status.usbmuxd", Texts.text("service.UNKNOWN")));
    private final JLabel engine = new JLabel(Texts.text("status.engine.checking"));
    private final JLabel restoring = new JLabel(Texts.text("status.restoring", 0));
    private final JLabel notice = new JLabel();
    /** Clears a notice about an action once it is old news, so it is not read as being about the next. */
    private final Timer noticeExpiry;

    StatusBar() {
        this(NOTICE_SHOWN);
    }

    StatusBar(Duration noticeShown) {
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
        noticeExpiry = new Timer((int) noticeShown.toMillis(), e -> show(""));
        noticeExpiry.setRepeats(false);
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

    /** A short message about the last action, e.g. why nothing happened; it goes after a while. */
    void showNotice(String text) {
        UiThread.requireEdt();
        show(text);
        noticeExpiry.restart();
    }

    /** A message about a state that lasts, e.g. that the bench cannot be watched: it stays until replaced. */
    void showCondition(String text) {
        UiThread.requireEdt();
        noticeExpiry.stop();
        show(text);
    }

    private void show(String text) {
        notice.setText(text);
        notice.setToolTipText(text.isEmpty() ? null : text);
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
