package dev.restorestation.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.LatestOnly;
import dev.restorestation.gui.actions.ActionCatalogue;
import dev.restorestation.gui.actions.StationAction;
import dev.restorestation.gui.bench.BenchArea;
import dev.restorestation.gui.bench.BuildSource;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/** The Bench area alone in a real window, for load tests: fed a bench, then every tile restored. */
final class BenchHarness {

    private final BenchArea area;
    private final ActionCatalogue actions;

    private BenchHarness(BenchArea area, ActionCatalogue actions) {
        this.area = area;
        this.actions = actions;
    }

    static BenchHarness open(RestoreService restores, AttemptLog attempts, TaskExecutor tasks,
                                    FirmwareChoice firmware, BenchSnapshot bench) throws Exception {
        AtomicReference<BenchHarness> harness = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            StationTheme.install(Theme.LIGHT);
            ActionCatalogue actions = new ActionCatalogue();
            BenchArea area = new BenchArea(false, actions, restores, attempts, new NoSlots(), tasks, firmware,
                    BuildSource.NONE, () -> "bench",
                    notice -> { }, count -> { });
            JFrame frame = new JFrame("bench under load");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.add(area);
            frame.setSize(1600, 1000);
            frame.setVisible(true);
            area.applyBench(bench);
            harness.set(new BenchHarness(area, actions));
        });
        return harness.get();
    }

    /** Scans one ticket per tile, in one event of the EDT. */
    void assignTickets(String ticket) throws Exception {
        EventQueue.invokeAndWait(() -> {
            int tiles = area.controller().model().tiles().size();
            for (int i = 1; i <= tiles; i++) {
                area.controller().assignTicket(ticket + "-" + i);
            }
        });
    }

    /** Shows every snapshot of {@code bench} as the window does: only the latest, on the EDT. */
    void follow(DeviceWatcher bench) {
        LatestOnly<BenchSnapshot> updates = new LatestOnly<>(area::applyBench);
        bench.start(updates::offer);
    }

    /** Selects every tile and presses Update, as two events of the EDT (a key press each). */
    void updateAll() throws Exception {
        EventQueue.invokeAndWait(() -> actions.get(StationAction.SELECT_ALL).actionPerformed(null));
        EventQueue.invokeAndWait(() -> area.controller().restoreSelected(RestoreKind.UPDATE));
    }

    /** A hub whose slots are all unlabelled: calibration is not what this load measures. */
    private static final class NoSlots implements SlotLabels {
        @Override
        public List<Slot> known() {
            return List.of();
        }

        @Override
        public Calibration calibrate(int first, int last, BenchSnapshot now) {
            throw new UnsupportedOperationException("no calibration under load");
        }
    }
}
