package dev.restorestation.gui;

import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.restore.EngineLogReader;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.gui.bench.BenchArea;
import dev.restorestation.gui.bench.BenchPanel;
import dev.restorestation.gui.bench.SlotTile;
import dev.restorestation.gui.shell.StationWindow;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Window;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JButton;

/** The station window opened on a bench, restores and history the test controls; closing it frees everything. */
final class OpenStation implements AutoCloseable {

    final FakeBench bench = new FakeBench();
    final ScriptedRestores restores = new ScriptedRestores();
    final MemoryAttemptLog attempts = new MemoryAttemptLog();
    final EmptyShop shop = new EmptyShop();
    final CountDownLatch closed = new CountDownLatch(1);
    /** How many restores had been cancelled when the window said it was closed. */
    volatile int cancelledWhenClosed = -1;
    private final ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor("test-task", 2);
    Frame frame;
    /** The button guides the window offers; a test sets its own before opening. */
    ButtonGuides guides = ButtonGuides.NONE;
    /** The settings the window opens with; a test sets its own before opening. */
    StationSettings settings = StationSettings.defaults();
    /** How the window switches a slot's port power; a test sets its own before opening. */
    PortPower power = PortPower.NONE;
    /** How the window finds the lines of a kept log that decided its diagnosis; a test sets its own before opening. */
    EngineLogReader logReader = log -> List.of();

    OpenStation open(SlotLabels slots) throws Exception {
        SettingsStore store = new SettingsStore() {
            @Override
            public StationSettings load() {
                return settings;
            }

            @Override
            public void save(StationSettings changed) {
            }
        };
        StationWindow.open(new WindowServices("test", false, "/tmp/station-test", bench, slots, tasks, store,
                () -> new EngineStatus("idevicerestore", "1.0.0", ServiceState.AVAILABLE, ""), restores,
                attempts, logReader, new FirmwareChoice.LatestSigned(), shop.asViews(), guides, power, (Instant at) -> { },
                () -> {
                    cancelledWhenClosed = restores.cancelled().size();
                    closed.countDown();
                }));
        frame = StationWindowTest.awaitFrame();
        return this;
    }

    Component find(String name) throws Exception {
        return Ui.await(() -> Ui.findOrNull(frame, name), found -> found != null && found.isShowing(), 10);
    }

    /** The dialog or other window showing besides the frame whose title contains the text, or null. */
    static Window window(String title) throws Exception {
        return Ui.await(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window instanceof java.awt.Dialog dialog && dialog.getTitle().contains(title)) {
                    return window;
                }
            }
            return null;
        }, found -> found != null, 10);
    }

    /** The tile of the slot as the bench model holds it. */
    SlotTile tile(String label) throws Exception {
        return Ui.onEdt(() -> ((BenchArea) Ui.findOrNull(frame, "area-bench")).controller().model().tiles().stream()
                .filter(tile -> tile.slot().label().equals(label)).findFirst().orElseThrow());
    }

    String ticketOf(String label) throws Exception {
        SlotTile tile = tile(label);
        return tile.ticket() == null ? null : tile.ticket().id();
    }

    /** The button of the window with exactly that text. */
    static JButton button(Container window, String text) throws Exception {
        return Ui.onEdt(() -> buttonIn(window, text));
    }

    private static JButton buttonIn(Container root, String text) {
        for (Component child : root.getComponents()) {
            if (child instanceof JButton button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Container container && buttonIn(container, text) != null) {
                return buttonIn(container, text);
            }
        }
        return null;
    }

    List<SlotTile> selected() throws Exception {
        return Ui.onEdt(() -> ((BenchPanel) Ui.findOrNull(frame, "bench")).selected());
    }

    List<String> selectedSlots() throws Exception {
        return selected().stream().map(tile -> tile.slot().label()).toList();
    }

    /** Saves what the window shows under target/screenshots, for a person to look at. */
    void screenshot(String name) throws Exception {
        screenshot(name, frame);
    }

    /** As {@link #screenshot(String)}, of the area a window (a dialog over the frame) covers together with the frame. */
    void screenshot(String name, Window window) throws Exception {
        java.awt.Rectangle bounds = Ui.onEdt(() -> frame.getBounds().union(window.getBounds()));
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png",
                folder.resolve(name + ".png").toFile());
    }

    @Override
    public void close() throws Exception {
        EventQueue.invokeAndWait(() -> {
            for (Window window : Window.getWindows()) {
                window.dispose();
            }
        });
        tasks.close();
    }
}
