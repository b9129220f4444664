package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.testing.Ui;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs without a window: the queue panel over a queue held in a list, with background work on the same thread. */
class QueuePanelTest {

    private final ListQueue queue = new ListQueue();

    @BeforeAll
    static void theme() throws Exception {
        EventQueue.invokeAndWait(() -> StationTheme.install(Theme.LIGHT));
    }

    @Test
    void showsEachRestoreWithItsPlaceAndWhatHoldsItBack() throws Exception {
        QueuePanel panel = panel();

        JTable table = (JTable) Ui.findOrNull(panel, "queue-table");
        assertThat(Ui.onEdt(() -> rows(table))).containsExactly(
                "1|4|R-4|23C71|Update|Waiting · Station cap",
                "2|7|R-7|23C71|Erase|Waiting · Hub cap",
                "|1|R-1|23C71|Update|Running",
                "|2|R-2|23C71|Update|Failed · USB connection");
        assertThat(Ui.onEdt(() -> ((JLabel) Ui.findOrNull(panel, "queue-summary")).getText()))
                .isEqualTo("Queue · 2 waiting · 1 running");
    }

    @Test
    void inGermanTheShortColumnsKeepTheirHeadingsAndWordsWhole() throws Exception {
        try {
            StationLanguage.choose("de");
            QueuePanel panel = panel();
            JTable table = (JTable) Ui.findOrNull(panel, "queue-table");
            for (int column : new int[] {1, 4}) {
                int heading = Ui.onEdt(() -> table.getTableHeader().getDefaultRenderer()
                        .getTableCellRendererComponent(table, table.getColumnName(column), false, false, -1, column)
                        .getPreferredSize().width);
                int words = Ui.onEdt(() -> table.getFontMetrics(table.getFont()).stringWidth("Aktualisieren"));
                assertThat(Ui.onEdt(() -> table.getColumnModel().getColumn(column).getMinWidth()))
                        .as(table.getColumnName(column)).isGreaterThan(column == 4 ? Math.max(heading, words) : heading);
            }
        } finally {
            StationLanguage.choose("en");
        }
    }

    @Test
    void theListFoldsAwaySoTheTilesGetTheHeightAndTheCountsStay() throws Exception {
        QueuePanel panel = panel();
        javax.swing.JToggleButton list = (javax.swing.JToggleButton) Ui.findOrNull(panel, "queue-list");
        JLabel summary = (JLabel) Ui.findOrNull(panel, "queue-summary");

        int folded = Ui.onEdt(() -> panel.getPreferredSize().height);
        assertThat(Ui.onEdt(() -> Ui.findOrNull(panel, "queue-table").getParent().getParent().isVisible())).isFalse();
        EventQueue.invokeAndWait(list::doClick);
        int open = Ui.onEdt(() -> panel.getPreferredSize().height);

        assertThat(open).isGreaterThan(folded * 2);
        assertThat(Ui.onEdt(summary::getText)).isEqualTo("Queue · 2 waiting · 1 running");
        EventQueue.invokeAndWait(list::doClick);
        assertThat(Ui.onEdt(() -> panel.getPreferredSize().height)).isEqualTo(folded);
    }

    @Test
    void aWaitingRestoreMovesAndIsTakenOutAndARunningOneIsNot() throws Exception {
        QueuePanel panel = panel();
        JTable table = (JTable) Ui.findOrNull(panel, "queue-table");
        JButton up = (JButton) Ui.findOrNull(panel, "queue-up");
        JButton down = (JButton) Ui.findOrNull(panel, "queue-down");
        JButton remove = (JButton) Ui.findOrNull(panel, "queue-remove");

        EventQueue.invokeAndWait(() -> table.setRowSelectionInterval(2, 2));
        assertThat(Ui.onEdt(() -> up.isEnabled() || down.isEnabled() || remove.isEnabled())).as("running").isFalse();

        EventQueue.invokeAndWait(() -> table.setRowSelectionInterval(1, 1));
        assertThat(Ui.onEdt(up::isEnabled)).isTrue();
        assertThat(Ui.onEdt(down::isEnabled)).as("already last").isFalse();
        EventQueue.invokeAndWait(up::doClick);

        assertThat(Ui.onEdt(() -> rows(table).get(0))).startsWith("1|7|R-7");
        assertThat(Ui.onEdt(table::getSelectedRow)).as("the selection follows the restore").isZero();

        EventQueue.invokeAndWait(remove::doClick);
        assertThat(Ui.onEdt(() -> rows(table))).hasSize(3).first().asString().startsWith("1|4|R-4");
    }

    @Test
    void pausingSaysSoAndTheButtonResumes() throws Exception {
        QueuePanel panel = panel();
        JButton pause = (JButton) Ui.findOrNull(panel, "queue-pause");

        EventQueue.invokeAndWait(pause::doClick);

        assertThat(queue.paused()).isTrue();
        assertThat(Ui.onEdt(pause::getText)).isEqualTo("Resume queue");
        assertThat(Ui.onEdt(() -> ((JLabel) Ui.findOrNull(panel, "queue-summary")).getText()))
                .endsWith("· paused: nothing new starts");
        EventQueue.invokeAndWait(pause::doClick);
        assertThat(queue.paused()).isFalse();
    }

    private QueuePanel panel() throws Exception {
        return Ui.onEdt(() -> {
            QueuePanel panel = new QueuePanel(new QueuedService(queue), new SameThreadTaskExecutor());
            panel.refresh();
            return panel;
        });
    }

    private static List<String> rows(JTable table) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < table.getColumnCount(); column++) {
                line.append(column == 0 ? "" : "|").append(table.getValueAt(row, column));
            }
            rows.add(line.toString());
        }
        return rows;
    }

    private static Ecid ecid(int slot) {
        return new Ecid(0x00CD_0000_0000_0000L + slot);
    }

    /** A queue kept in a list: waiting ones renumbered on every change. */
    private static final class ListQueue implements RestoreQueue {
        private final List<QueueEntry> waiting = new ArrayList<>(List.of(
                new QueueEntry(ecid(4), "4", "R-4", "23C71", RestoreKind.UPDATE, QueueEntry.State.WAITING,
                        WaitingReason.STATION_CAP, 1, null),
                new QueueEntry(ecid(7), "7", "R-7", "23C71", RestoreKind.ERASE, QueueEntry.State.WAITING,
                        WaitingReason.HUB_CAP, 2, null)));
        private final List<QueueEntry> others = List.of(
                new QueueEntry(ecid(1), "1", "R-1", "23C71", RestoreKind.UPDATE, QueueEntry.State.RUNNING, null, 0, null),
                new QueueEntry(ecid(2), "2", "R-2", "23C71", RestoreKind.UPDATE, QueueEntry.State.DONE, null, 0,
                        new QueueOutcome(QueueOutcome.Ending.FAILED, ErrorCategory.USB_CONNECTION)));
        private boolean paused;

        @Override
        public synchronized List<QueueEntry> entries() {
            List<QueueEntry> all = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                QueueEntry e = waiting.get(i);
                all.add(new QueueEntry(e.ecid(), e.slot(), e.ticket(), e.build(), e.kind(), e.state(), e.waitingFor(), i + 1, null));
            }
            all.addAll(others);
            return all;
        }

        @Override
        public synchronized boolean moveUp(Ecid ecid) {
            int at = indexOf(ecid);
            if (at <= 0) {
                return false;
            }
            waiting.add(at - 1, waiting.remove(at));
            return true;
        }

        @Override
        public synchronized boolean moveDown(Ecid ecid) {
            int at = indexOf(ecid);
            if (at < 0 || at == waiting.size() - 1) {
                return false;
            }
            waiting.add(at + 1, waiting.remove(at));
            return true;
        }

        @Override
        public synchronized boolean remove(Ecid ecid) {
            return waiting.removeIf(entry -> entry.ecid().equals(ecid));
        }

        @Override
        public synchronized void pause(boolean pause) {
            paused = pause;
        }

        @Override
        public synchronized boolean paused() {
            return paused;
        }

        private int indexOf(Ecid ecid) {
            for (int i = 0; i < waiting.size(); i++) {
                if (waiting.get(i).ecid().equals(ecid)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private record QueuedService(RestoreQueue queue) implements RestoreService {
        @Override
        public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
            throw new UnsupportedOperationException("the panel never submits");
        }

        @Override
        public void close() {
        }
    }
}
