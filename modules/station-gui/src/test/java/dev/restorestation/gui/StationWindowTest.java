package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.settings.WindowBounds;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.shell.StationWindow;
import dev.restorestation.gui.testing.Hands;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real window on a real display (Xvfb under CI), fed by a bench the test controls. */
class StationWindowTest {

    private final AtomicReference<StationSettings> saved = new AtomicReference<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch painted = new CountDownLatch(1);
    private final FakeBench bench = new FakeBench();
    private final ScriptedRestores restores = new ScriptedRestores();
    private final MemoryAttemptLog attempts = new MemoryAttemptLog();
    private KnownSlots slots = KnownSlots.none();
    private ThreadPoolTaskExecutor tasks;
    private Hands hands;

    @BeforeEach
    void needsADisplay() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY, e.g. Xvfb)");
        hands = new Hands();
        tasks = new ThreadPoolTaskExecutor("test-task", 2);
    }

    @AfterEach
    void closeLeftovers() throws Exception {
        if (tasks == null) {
            return;
        }
        EventQueue.invokeAndWait(() -> {
            for (Frame frame : Frame.getFrames()) {
                frame.dispose();
            }
        });
        tasks.close();
    }

    @Test
    void opensWithTheSavedSizeAndRemembersTheNewOne() throws Exception {
        StationSettings start = StationSettings.defaults()
                .withTheme(Theme.LIGHT)
                .withWindow(new WindowBounds(40, 30, 900, 620, false));
        open(start);
        Frame frame = awaitFrame();
        assertThat(painted.await(10, TimeUnit.SECONDS)).as("first frame painted").isTrue();
        // a window manager may report an interim size while it adds its frame: wait for the settled one
        java.awt.Dimension savedSize = new java.awt.Dimension(900, 620);
        java.awt.Dimension settled = Ui.await(frame::getSize, savedSize::equals, 5);
        assertThat(settled).isEqualTo(savedSize);

        EventQueue.invokeAndWait(() -> frame.setSize(1000, 700));
        EventQueue.invokeAndWait(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));

        assertThat(closed.await(10, TimeUnit.SECONDS)).as("window closed").isTrue();
        assertThat(saved.get().window().width()).isEqualTo(1000);
        assertThat(saved.get().window().height()).isEqualTo(700);
        assertThat(saved.get().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theWindowCarriesTheDesktopEntrysNameSoADockShowsTheStationsIcon() throws Exception {
        Path xwininfo = HostRequirement.program("xwininfo");
        open(StationSettings.defaults());
        awaitFrame();
        Process tree = new ProcessBuilder(xwininfo.toString(), "-root", "-tree").redirectErrorStream(true).start();
        List<String> lines = new String(tree.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("\"Restore Station\"")).toList();
        assertThat(lines).as("the station window in the display's tree").isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("(\"restore-station\" \"restore-station\")"));
    }

    @Test
    void theBenchAndStatusBarFollowTheDevices() throws Exception {
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        assertThat(await(() -> text(frame, "status-engine"), "idevicerestore 1.0.0")).isTrue();
        assertThat(Ui.showing(frame, "empty-bench")).isTrue();
        assertThat(Ui.onEdt(() -> ((WrappedText) Ui.findOrNull(frame, "empty-bench-hint")).getText()))
                .as("a window user is not sent to the command line").doesNotContain("--demo");

        bench.publish(FakeBench.benchOf(5));

        assertThat(await(() -> text(frame, "status-devices"), "5 devices")).isTrue();
        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-5")), "true")).isTrue();
        assertThat(Ui.showing(frame, "empty-bench")).isFalse();
        assertThat(text(frame, "status-usbmuxd")).isEqualTo("usbmuxd connected");
    }

    @Test
    void aTechnicianAssignsATicketRestoresSeesTheFixMarksItAndRetries() throws Exception {
        BenchSnapshot one = FakeBench.benchOf(1);
        restores.failFirstAttempt(one.devices().get(0).ecid(), 4013);
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        bench.publish(one);
        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-1")), "true")).isTrue();

        scanTicket(frame, "R-10477");
        assertThat(await(() -> tileText(frame, "tile-1"), "Ticket R-10477")).isTrue();

        click(frame, "action-update");
        assertThat(await(() -> tileText(frame, "tile-1"), "Error 4013 · USB connection")).isTrue();
        assertThat(Ui.showing(frame, "fix-usb.swap-cable")).isTrue();

        click(frame, "fix-usb.swap-cable");
        click(frame, "retry-with-fixes");

        assertThat(await(() -> tileText(frame, "tile-1").startsWith("✓ Restored") ? "done" : tileText(frame, "tile-1"),
                "done")).isTrue();
        assertThat(restores.requests()).hasSize(2);
        assertThat(restores.requests().get(0).fixesApplied()).isEmpty();
        assertThat(restores.requests().get(1).fixesApplied()).containsExactly("usb.swap-cable");
        assertThat(restores.requests().get(1).ticket().id()).isEqualTo("R-10477");
    }

    @Test
    void theCustomerNoteIsKeptOnTheTicketShownOnTheTileAndSentWithTheRestore() throws Exception {
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        bench.publish(FakeBench.benchOf(1));
        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-1")), "true")).isTrue();
        scanTicket(frame, "R-10477");
        assertThat(await(() -> tileText(frame, "tile-1"), "Ticket R-10477")).isTrue();

        hands.click(Ui.findOrNull(frame, "action-customer_note"));
        JTextArea text = Ui.await(StationWindowTest::noteField, field -> field != null, 10);
        assertThat(Ui.await(text::isFocusOwner, focused -> focused, 10)).isTrue();
        hands.type("  Wants the photos kept\nbackup failed  ");
        hands.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        assertThat(await(() -> tileText(frame, "tile-1"), "Note: Wants the photos kept backup failed")).isTrue();
        assertThat(attempts.noteOf(new Ticket("R-10477"))).contains("Wants the photos kept\nbackup failed");

        click(frame, "action-update");
        assertThat(await(() -> String.valueOf(restores.requests().size()), "1")).isTrue();
        assertThat(restores.requests().get(0).customerNote()).isEqualTo("Wants the photos kept\nbackup failed");
    }

    @Test
    void aScannedTicketBringsTheNoteItAlreadyHas() throws Exception {
        attempts.noteTicket(new Ticket("R-2001"), "Back for the second time; screen already replaced");
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        bench.publish(FakeBench.benchOf(1));
        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-1")), "true")).isTrue();

        scanTicket(frame, "R-2001");

        assertThat(await(() -> tileText(frame, "tile-1"), "Note: Back for the second time; screen already replaced"))
                .isTrue();
    }

    private static JTextArea noteField() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && Ui.findOrNull(window, "note-text") instanceof JTextArea field) {
                return field;
            }
        }
        return null;
    }

    @Test
    void everyKnownSlotHasATileAndEmptyOnesSaySo() throws Exception {
        slots = new KnownSlots(List.of(new Slot("1-1.1", "1"), new Slot("1-1.2", "2"), new Slot("1-1.3", "3")));
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        bench.publish(FakeBench.benchOf(1));

        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-3")), "true")).isTrue();
        assertThat(Ui.showing(frame, "tile-2")).isTrue();
        assertThat(await(() -> tileModel(frame, "tile-2"), "empty — plug a device in")).isTrue();
        assertThat(tileModel(frame, "tile-1")).isEqualTo("iPhone 13 Pro");
    }

    @Test
    void calibrationTeachesTheSlotOfEachNewlyPluggedDevice() throws Exception {
        List<String> assigned = new CopyOnWriteArrayList<>();
        TeachingSlots teaching = new TeachingSlots(assigned);
        openWith(StationSettings.defaults(), teaching);
        Frame frame = awaitFrame();
        EventQueue.invokeAndWait(() -> ((JComponent) ((JFrame) frame).getContentPane())
                .getActionMap().get("CALIBRATE").actionPerformed(null));
        Window dialog = await(() -> Arrays.stream(Window.getWindows())
                .filter(w -> "calibration".equals(w.getName()) && w.isShowing()).findFirst().orElse(null));
        hands.click(Ui.findOrNull((Container) dialog, "calibration-start"));
        assertThat(Ui.await(() -> ((JLabel) Ui.findOrNull((Container) dialog, "calibration-prompt")).getText(),
                text -> text.contains("slot 1"), 10)).isEqualTo("Plug a device into slot 1…");

        bench.publish(FakeBench.benchOf(1));

        assertThat(Ui.await(() -> ((JLabel) Ui.findOrNull((Container) dialog, "calibration-prompt")).getText(),
                text -> text.contains("slot 2"), 10)).isEqualTo("Plug a device into slot 2…");
        assertThat(assigned).containsExactly("1-1.1=1");
        EventQueue.invokeAndWait(dialog::dispose);
    }

    private static String tileModel(Frame frame, String tile) throws Exception {
        return Ui.onEdt(() -> {
            Container view = (Container) Ui.findOrNull(frame, tile);
            return view == null ? "" : ((JLabel) view.getComponent(2)).getText();
        });
    }

    @Test
    void restoringWithoutATicketIsRefusedWithAReason() throws Exception {
        open(StationSettings.defaults());
        Frame frame = awaitFrame();
        bench.publish(FakeBench.benchOf(2));
        assertThat(await(() -> String.valueOf(Ui.showing(frame, "tile-2")), "true")).isTrue();
        EventQueue.invokeAndWait(() -> {
            javax.swing.Action selectAll = ((JComponent) ((JFrame) frame).getContentPane())
                    .getActionMap().get("SELECT_ALL");
            selectAll.actionPerformed(null);
        });

        click(frame, "action-update");

        assertThat(text(frame, "status-notice")).isEqualTo("Assign a ticket first: slot 1, 2");
        assertThat(restores.requests()).isEmpty();
    }

    private void scanTicket(Frame frame, String ticket) throws Exception {
        hands.click(Ui.findOrNull(frame, "ticket-field"));
        hands.type(ticket + "\n");
    }

    private static void click(Frame frame, String name) throws Exception {
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(frame, name)).doClick());
    }

    /** The tile's status text, else its customer note, else its ticket line. */
    private static String tileText(Frame frame, String tile) throws Exception {
        AtomicReference<String> found = new AtomicReference<>("");
        EventQueue.invokeAndWait(() -> {
            Component view = Ui.findOrNull(frame, tile);
            if (view instanceof Container container) {
                StringBuilder all = new StringBuilder();
                for (Component child : container.getComponents()) {
                    if (child instanceof JLabel label && label.isVisible()) {
                        all.append(label.getText()).append('\n');
                    } else if (child instanceof JTextArea lines && lines.isVisible()) {
                        all.append(lines.getText()).append('\n');
                    }
                }
                found.set(all.toString());
            }
        });
        return found.get().lines().filter(line -> line.startsWith("Ticket R") || line.startsWith("Error")
                || line.startsWith("✓") || line.startsWith("Note:")).reduce((a, b) -> b).orElse("");
    }

    private void open(StationSettings settings) {
        openWith(settings, slots);
    }

    private void openWith(StationSettings settings, SlotLabels slotLabels) {
        SettingsStore store = new SettingsStore() {
            @Override
            public StationSettings load() {
                return settings;
            }

            @Override
            public void save(StationSettings changed) {
                saved.set(changed);
            }
        };
        StationWindow.open(new WindowServices("test", false, "/tmp/station-test", bench, slotLabels, tasks, store,
                () -> new EngineStatus("idevicerestore", "1.0.0", ServiceState.AVAILABLE, ""), restores,
                attempts, log -> List.of(), new FirmwareChoice.LatestSigned(), EmptyShop.views(), ButtonGuides.NONE, PortPower.NONE,
                (Instant at) -> painted.countDown(),
                closed::countDown));
    }

    static Frame awaitFrame() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Frame frame : Frame.getFrames()) {
                if ("station-window".equals(frame.getName()) && frame.isShowing()) {
                    return frame;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the station window did not appear");
    }

    private static String text(Frame frame, String name) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> text.set(((JLabel) Ui.findOrNull(frame, name)).getText()));
        return text.get();
    }

    private static boolean await(ThrowingSupplier<String> value, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (expected.equals(value.get())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static <T> T await(ThrowingSupplier<T> value) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing appeared within 10 s");
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
