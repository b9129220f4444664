package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.CutTextTable;
import dev.restorestation.gui.RefreshWhileShown;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.WholeColumns;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The bench's queue under the tiles: every requested restore with its place and what holds it
 * back, the running ones and the last done. A waiting restore can be moved or taken out; the
 * queue can be paused. Read every second off the event thread while shown.
 */
public final class QueuePanel extends JPanel {

    private final RestoreService restores;
    private final TaskExecutor tasks;
    private final QueueTableModel model = new QueueTableModel();
    private final JTable table = new CutTextTable(model);
    private final JLabel summary = new JLabel(" ");
    private final JButton up = new JButton(Texts.text("queue.up"));
    private final JButton down = new JButton(Texts.text("queue.down"));
    private final JButton remove = new JButton(Texts.text("queue.remove"));
    private final JButton pause = new JButton(Texts.text("queue.pause"));
    private final JToggleButton list = new JToggleButton(Texts.text("queue.list"));
    private final JScrollPane rows;
    private boolean paused;

    /** @param restores whose queue is shown; asked only off the event thread, as it may still be starting */
    public QueuePanel(RestoreService restores, TaskExecutor tasks) {
        super(new MigLayout("insets 6 12 6 12, gap 6 4, hidemode 3", "[grow,fill][][][][][]", "[][grow,fill]"));
        this.restores = restores;
        this.tasks = tasks;
        setName("queue-panel");
        putClientProperty("FlatLaf.style", "border: 1,0,0,0,$Component.borderColor");
        summary.setName("queue-summary");
        summary.putClientProperty("FlatLaf.style", "font: bold $Label.font");
        table.setName("queue-table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getSelectionModel().addListSelectionListener(e -> enableButtons());
        int[] widths = {32, 48, 110, 90, 64, 300};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(UIScale.scale(widths[column]));
        }
        WholeColumns.keep(table, Map.of(0, List.of("99"), 1, List.of("99"), 3, List.of("23B85"),
                4, Arrays.stream(RestoreKind.values()).map(kind -> Texts.text("kind." + kind.name())).toList()));
        up.setName("queue-up");
        down.setName("queue-down");
        remove.setName("queue-remove");
        pause.setName("queue-pause");
        up.addActionListener(e -> act(selectedWaiting(), (queue, ecid) -> queue.moveUp(ecid)));
        down.addActionListener(e -> act(selectedWaiting(), (queue, ecid) -> queue.moveDown(ecid)));
        remove.addActionListener(e -> act(selectedWaiting(), (queue, ecid) -> queue.remove(ecid)));
        pause.addActionListener(e -> {
            boolean pausing = !paused;
            tasks.submit("pause the queue", context -> {
                restores.queue().pause(pausing);
                return null;
            }).result().whenComplete((ok, failure) -> UiThread.run(this::refresh));
        });
        list.setName("queue-list");
        list.setToolTipText(Texts.text("queue.list.tip"));
        list.addActionListener(e -> showList(list.isSelected()));
        rows = new JScrollPane(table);
        add(summary, "wmin 0"); // gives way before the buttons do, in a narrow window
        add(up);
        add(down);
        add(remove);
        add(pause);
        add(list, "wrap");
        add(rows, "span, h 80:140:");
        showList(false);
        enableButtons();
        RefreshWhileShown.install(this, 1, this::refresh);
    }

    /** Folded, the panel is one line and the tiles get the height; the moving buttons need the list. */
    void showList(boolean shown) {
        list.setSelected(shown);
        rows.setVisible(shown);
        up.setVisible(shown);
        down.setVisible(shown);
        remove.setVisible(shown);
        revalidate();
    }

    /** Reads the queue in the background and shows it. */
    public void refresh() {
        tasks.submit("read the queue", context -> {
            RestoreQueue queue = restores.queue();
            return new Read(queue.entries(), queue.paused());
        }).result()
                .whenComplete((read, failure) -> UiThread.run(() -> {
                    if (read != null) {
                        show(read.entries(), read.paused());
                    }
                }));
    }

    void show(List<QueueEntry> entries, boolean nowPaused) {
        UiThread.requireEdt();
        Optional<Ecid> selected = selected().map(QueueEntry::ecid);
        paused = nowPaused;
        pause.setText(Texts.text(paused ? "queue.resume" : "queue.pause"));
        summary.setText(summaryOf(entries, paused));
        if (model.replace(entries)) {
            selected.ifPresent(this::reselect);
        }
        enableButtons();
    }

    static String summaryOf(List<QueueEntry> entries, boolean paused) {
        long waiting = count(entries, e -> e.state() == QueueEntry.State.WAITING);
        long running = count(entries, e -> e.state() == QueueEntry.State.RUNNING);
        String text = Texts.text("queue.summary", waiting, running);
        return paused ? text + " · " + Texts.text("queue.paused") : text;
    }

    private static long count(List<QueueEntry> entries, Predicate<QueueEntry> which) {
        return entries.stream().filter(which).count();
    }

    private void reselect(Ecid ecid) {
        List<QueueEntry> rows = model.rows();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).ecid().equals(ecid) && rows.get(row).state() != QueueEntry.State.DONE) {
                table.getSelectionModel().setSelectionInterval(row, row);
                return;
            }
        }
    }

    private Optional<QueueEntry> selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.getRowCount() ? Optional.empty() : Optional.of(model.rowAt(row));
    }

    private Optional<QueueEntry> selectedWaiting() {
        return selected().filter(entry -> entry.state() == QueueEntry.State.WAITING);
    }

    private void enableButtons() {
        Optional<QueueEntry> waiting = selectedWaiting();
        up.setEnabled(waiting.filter(entry -> entry.position() > 1).isPresent());
        down.setEnabled(waiting.filter(entry -> entry.position() < count(model.rows(),
                e -> e.state() == QueueEntry.State.WAITING)).isPresent());
        remove.setEnabled(waiting.isPresent());
    }

    private void act(Optional<QueueEntry> entry, BiPredicate<RestoreQueue, Ecid> change) {
        entry.ifPresent(chosen -> tasks.submit("change the queue", context -> change.test(restores.queue(), chosen.ecid()))
                .result()
                .whenComplete((changed, failure) -> UiThread.run(this::refresh)));
    }

    private record Read(List<QueueEntry> entries, boolean paused) {
    }
}
