package dev.restorestation.gui.firmware;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The firmware jobs in progress, one row each, or a line saying there are none. */
final class JobsPanel extends JPanel {

    private final Map<String, JobRow> rows = new LinkedHashMap<>();
    private final JLabel none = new JLabel(Texts.text("jobs.none"));

    JobsPanel() {
        super(new MigLayout("insets 0, fillx, wrap, hidemode 3", "[grow, fill]"));
        setName("firmware-jobs");
        none.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(none);
    }

    Optional<JobRow> row(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    int jobCount() {
        return rows.size();
    }

    void add(String key, JobRow row) {
        UiThread.requireEdt();
        rows.put(key, row);
        add(row, "wmin 0");
        refresh();
    }

    void remove(String key) {
        UiThread.requireEdt();
        JobRow row = rows.remove(key);
        if (row == null) {
            return;
        }
        remove(row);
        refresh();
    }

    private void refresh() {
        none.setVisible(rows.isEmpty());
        revalidate();
        repaint();
    }
}
