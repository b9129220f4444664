package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.Wording;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JPopupMenu;
import javax.swing.JProgressBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs without a window: the panel is built and fed snapshots on the EDT. */
class BenchPanelTest {

    @BeforeAll
    static void theme() throws Exception {
        EventQueue.invokeAndWait(() -> StationTheme.install(Theme.LIGHT));
    }

    @Test
    void showsOneTilePerDeviceWithWhatATechnicianNeeds() throws Exception {
        DeviceSnapshot phone = new DeviceSnapshot(new Slot("1-1.2", "2"), DeviceMode.RECOVERY,
                Ecid.parse("0x000A1B2C3D09C3E2"), null, "iPhone9,4", "iPhone 7 Plus", null);

        List<String> texts = onEdt(() -> {
            BenchPanel panel = panel();
            panel.show(tiles(new BenchSnapshot(List.of(phone), ServiceState.AVAILABLE, Instant.now())));
            assertThat(panel.tileCount()).isEqualTo(1);
            return labels(panel);
        });

        assertThat(texts).contains("Slot 2", "Recovery", "iPhone 7 Plus", "iPhone9,4 · ECID …09C3E2", "Ticket —",
                "Ready · assign a ticket");
    }

    @Test
    void aDeviceWithoutDetailsSaysWhyInTheStationsLanguage() throws Exception {
        Wording udevRule = Wording.of(new Messages("dev.restorestation.gui.bench.device-problems", BenchPanelTest.class),
                "problem.udevRule");
        DeviceSnapshot locked = new DeviceSnapshot(new Slot("1-3", "7"), DeviceMode.DFU, null, null, null,
                "Apple device in DFU mode", udevRule);
        BenchSnapshot bench = new BenchSnapshot(List.of(locked), ServiceState.AVAILABLE, Instant.now());

        List<String> texts = onEdt(() -> {
            BenchPanel panel = panel();
            panel.show(tiles(bench));
            return labels(panel);
        });
        StationLanguage.choose("de");
        List<String> german;
        try {
            german = onEdt(() -> {
                BenchPanel panel = panel();
                panel.show(tiles(bench));
                return labels(panel);
            });
        } finally {
            StationLanguage.choose("en");
        }

        assertThat(texts).contains("Apple device in DFU mode", "unknown model · ECID unknown",
                "details unavailable: install the udev rule");
        assertThat(german).contains("Apple-Gerät im DFU-Modus", "Details nicht lesbar: udev-Regel installieren")
                .doesNotContain("Apple device in DFU mode", "details unavailable: install the udev rule");
    }

    @Test
    void tilesFollowTheBenchAsDevicesComeAndGo() throws Exception {
        int[] counts = onEdt(() -> {
            BenchPanel panel = panel();
            panel.show(tiles(bench(12)));
            int twelve = panel.tileCount();
            panel.show(tiles(bench(3)));
            int three = panel.tileCount();
            panel.show(tiles(bench(0)));
            return new int[] {twelve, three, panel.tileCount()};
        });
        assertThat(counts).containsExactly(12, 3, 0);
    }

    @Test
    void aQueuedRestoreShowsAStillBarAndPreparingOneAMovingBar() throws Exception {
        boolean[] moving = onEdt(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(2));
            model.update("1-1.1", tile -> tile.withJob(running(tile, RestorePhase.QUEUED)));
            model.update("1-1.2", tile -> tile.withJob(running(tile, RestorePhase.FIRMWARE)));
            BenchPanel panel = panel();
            panel.show(model.tiles());
            return new boolean[] {bar(panel, "tile-1").isIndeterminate(), bar(panel, "tile-2").isIndeterminate()};
        });
        assertThat(moving).containsExactly(false, true);
    }

    private static JobState running(SlotTile tile, RestorePhase phase) {
        return new JobState.Running(RestoreKind.UPDATE, Instant.now(),
                new RestoreUpdate(tile.device().ecid(), phase, RestoreStep.UNKNOWN, -1, ""));
    }

    private static JProgressBar bar(Container root, String tile) {
        for (Component child : root.getComponents()) {
            if (tile.equals(child.getName())) {
                for (Component line : ((Container) child).getComponents()) {
                    if (line instanceof JProgressBar bar) {
                        return bar;
                    }
                }
            }
            if (child instanceof Container container && bar(container, tile) != null) {
                return bar(container, tile);
            }
        }
        return null;
    }

    @Test
    void refusesToBeFedOffTheEdt() {
        assertThatThrownBy(() -> new BenchModel().applyBench(bench(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event dispatch thread");
    }

    private static BenchPanel panel() {
        return new BenchPanel(false, selection -> { }, new JPopupMenu(), () -> { });
    }

    private static List<SlotTile> tiles(BenchSnapshot bench) {
        BenchModel model = new BenchModel();
        model.applyBench(bench);
        return model.tiles();
    }

    static BenchSnapshot bench(int devices) {
        List<DeviceSnapshot> list = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            list.add(new DeviceSnapshot(new Slot("1-1." + i, Integer.toString(i)), DeviceMode.DFU,
                    new Ecid(i), null, "iPhone10,3", "iPhone X", null));
        }
        return new BenchSnapshot(list, ServiceState.AVAILABLE, Instant.now());
    }

    private static List<String> labels(Container root) {
        List<String> texts = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child instanceof JLabel label && label.getText() != null) {
                texts.add(label.getText());
            }
            if (child instanceof Container container) {
                texts.addAll(labels(container));
            }
        }
        return texts;
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
