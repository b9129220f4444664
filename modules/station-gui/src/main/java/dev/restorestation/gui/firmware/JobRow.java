package dev.restorestation.gui.firmware;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import java.awt.event.ActionListener;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

/** One download, import or verification in progress: what it is, how far, and buttons to pause or stop it. */
final class JobRow extends JPanel {

    enum Phase { RUNNING, PAUSED, FAILED }

    private final JLabel title = new JLabel();
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel detail = new JLabel(" ");
    private final JButton pause = new JButton(Texts.text("jobs.pause"));
    private final JButton stop = new JButton(Texts.text("jobs.cancel"));
    private final boolean pausable;
    private Phase phase = Phase.RUNNING;

    JobRow(String name, String titleText, boolean pausable) {
        super(new MigLayout("insets 6 0 6 0, fillx, hidemode 3", "[grow, fill][]", "[][][]"));
        this.pausable = pausable;
        setName(name);
        title.setText(titleText);
        title.putClientProperty("FlatLaf.styleClass", "semibold");
        detail.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        bar.setIndeterminate(true);
        pause.setName(name + "-pause");
        stop.setName(name + "-cancel");
        detail.setName(name + "-detail");
        pause.setVisible(pausable);
        add(title, "wmin 0");
        add(pause, "split 2, right");
        add(stop, "wrap");
        add(bar, "span, growx, wrap");
        add(detail, "span, wmin 0");
    }

    void onPause(ActionListener listener) {
        pause.addActionListener(listener);
    }

    void onStop(ActionListener listener) {
        stop.addActionListener(listener);
    }

    Phase phase() {
        return phase;
    }

    String detailText() {
        return detail.getText();
    }

    /** @param fraction 0 to 1, or negative while unknown */
    void showProgress(double fraction, String text) {
        UiThread.requireEdt();
        phase = Phase.RUNNING;
        bar.setVisible(true);
        bar.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            bar.setValue((int) Math.round(fraction * 1000));
        }
        detail.setText(text);
        detail.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        pause.setText(Texts.text("jobs.pause"));
        pause.setVisible(pausable);
        stop.setText(Texts.text("jobs.cancel"));
    }

    void showPaused(String text) {
        UiThread.requireEdt();
        phase = Phase.PAUSED;
        bar.setIndeterminate(false);
        detail.setText(text);
        pause.setText(Texts.text("jobs.resume"));
        stop.setText(Texts.text("jobs.remove"));
    }

    /** The job stopped on an error: the reason in words; retry where it makes sense. */
    void showFailed(String reason) {
        UiThread.requireEdt();
        phase = Phase.FAILED;
        bar.setIndeterminate(false);
        bar.setVisible(false);
        detail.setText(reason);
        detail.setToolTipText(reason);
        detail.putClientProperty("FlatLaf.style", "foreground: $Station.text.failed");
        pause.setText(Texts.text("jobs.retry"));
        pause.setVisible(pausable);
        stop.setText(Texts.text("jobs.dismiss"));
    }
}
