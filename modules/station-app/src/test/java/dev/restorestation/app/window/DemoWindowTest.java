package dev.restorestation.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.history.HistoryArea;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real station window, started the way a newcomer starts it ({@code station --demo}), on a
 * real display (Xvfb under CI). Saves a screenshot of every area under target/screenshots/.
 */
class DemoWindowTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dataDir;

    private static Frame window;

    @BeforeAll
    static void startTheDemo() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY, e.g. Xvfb)");
        int exit = new Station().commandLine().execute("--demo", "--data-dir", dataDir.toString());
        assertThat(exit).isZero();
        window = awaitWindow();
    }

    @AfterAll
    static void closeWithoutExiting() throws Exception {
        if (window != null) {
            EventQueue.invokeAndWait(window::dispose);
        }
    }

    @Test
    void theFrameHasEveryAreaAndAStatusBar() throws Exception {
        for (String name : new String[] {"navigation", "bench", "status-bar", "nav-firmware", "nav-history",
            "nav-dashboard", "nav-settings", "bench-toolbar", "ticket-field", "fixes-panel"}) {
            assertThat(Ui.onEdt(() -> Ui.findOrNull(window, name) != null)).as(name).isTrue();
        }
        assertThat(Ui.onEdt(window::getTitle)).isEqualTo("Restore Station — demo bench");
    }

    @Test
    void theDemoBenchShowsTwelveDevicesInTheirSlots() throws Exception {
        assertThat(eventually(() -> label("status-devices"), "12 devices")).isTrue();
        for (int slot = 1; slot <= 12; slot++) {
            int number = slot;
            assertThat(Ui.onEdt(() -> Ui.findOrNull(window, "tile-" + number) != null)).as("tile " + slot).isTrue();
        }
        assertThat(label("status-usbmuxd")).isEqualTo("usbmuxd simulated");
        assertThat(eventually(() -> label("status-engine"), "simulated engine")).isTrue();
        screenshot("bench");
    }

    @Test
    void everyAreaCanBeOpenedFromTheNavigation() throws Exception {
        for (String area : new String[] {"firmware", "history", "dashboard", "settings", "bench"}) {
            EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "nav-" + area)).doClick());
            String panel = area.equals("bench") ? "bench" : "area-" + area;
            assertThat(Ui.onEdt(() -> Ui.findOrNull(window, panel).isShowing())).as(area + " showing").isTrue();
            screenshot(area);
        }
    }

    @Test
    void theDarkThemeAppliesAtOnceAndIsSavedInTheBackground() throws Exception {
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "nav-settings")).doClick());
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "theme-dark")).doClick());
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "nav-bench")).doClick());

        assertThat(Ui.onEdt(() -> UIManager.getLookAndFeel().getName())).isEqualTo("FlatLaf Dark");
        assertThat(eventually(() -> Files.exists(dataDir.resolve("settings.json"))
                ? Files.readString(dataDir.resolve("settings.json")).contains("\"theme\" : \"DARK\"") + "" : "false",
                "true")).isTrue();
        Thread.sleep(600); // FlatLaf fades the old theme out over a few hundred ms; no event marks the end
        screenshot("bench-dark");

        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "nav-settings")).doClick());
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "theme-light")).doClick());
    }

    @Test
    void theDemoStoryRunsFailuresAFixAndASuccessfulRetryIntoTheHistory() throws Exception {
        EventQueue.invokeAndWait(() -> ((AbstractButton) Ui.findOrNull(window, "nav-bench")).doClick());
        assertThat(eventually(() -> tileLine(2, "✓ Restored"), "✓ Restored", Duration.ofSeconds(180)))
                .as("slot 2 restored after its 4013 and a fix").isTrue();
        assertThat(tileLine(5, "Error")).isEqualTo("Error 14 · USB connection");
        assertThat(tileLine(7, "Error")).isEqualTo("Error 3194 · Build not signed");
        screenshot("demo-story");

        EventQueue.invokeAndWait(() -> selectSlot2AndShowItsLog());
        String log = eventuallyEngineLog();
        assertThat(log).as("the retried attempt's engine log, read back from the H2 history").contains("DONE");

        EventQueue.invokeAndWait(() -> {
            ((AbstractButton) Ui.findOrNull(window, "nav-history")).doClick();
            ((HistoryArea) Ui.findOrNull(window, "area-history")).showTicket(new Ticket("R-10472"));
        });
        JTable attempts = Ui.find(window, "history-table");
        assertThat(Ui.await(attempts::getRowCount, rows -> rows == 2, 10)).as("attempts on ticket R-10472").isEqualTo(2);
        List<String> outcomes = Ui.onEdt(() -> List.of(cellText(attempts, 0), cellText(attempts, 1)));
        assertThat(outcomes).anyMatch(row -> row.contains("4013")).anyMatch(row -> row.contains("SUCCEEDED"));
        screenshot("history-ticket");
    }

    /** Every cell of a table row, as text. */
    private static String cellText(JTable table, int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < table.getColumnCount(); column++) {
            text.append(table.getValueAt(row, column)).append(" | ");
        }
        return text.toString();
    }

    private static void selectSlot2AndShowItsLog() {
        Component tile = Ui.findOrNull(window, "tile-2");
        MouseEvent press = new MouseEvent(tile, MouseEvent.MOUSE_PRESSED,
                System.currentTimeMillis(), 0, 10, 10, 1, false, MouseEvent.BUTTON1);
        for (MouseListener listener : tile.getMouseListeners()) {
            listener.mousePressed(press);
        }
        ((AbstractButton) Ui.findOrNull(window, "action-engine_log")).doClick();
    }

    private static String eventuallyEngineLog() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            String text = Ui.onEdt(() -> {
                for (Window open : Window.getWindows()) {
                    if ("engine-log".equals(open.getName()) && open.isShowing()) {
                        Component area = findType(open, JTextArea.class);
                        String content = area == null ? "" : ((JTextArea) area).getText();
                        return content;
                    }
                }
                return null;
            });
            if (text != null) {
                Thread.sleep(300);
                Window dialog = Ui.onEdt(() -> Arrays.stream(Window.getWindows())
                        .filter(open -> "engine-log".equals(open.getName())).findFirst().orElseThrow());
                Files.createDirectories(SCREENSHOTS);
                ImageIO.write(new Robot().createScreenCapture(Ui.onEdt(dialog::getBounds)), "png",
                        SCREENSHOTS.resolve("engine-log.png").toFile());
                EventQueue.invokeAndWait(dialog::dispose);
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no engine log window appeared");
    }

    private static Component findType(Container root, Class<?> type) {
        for (Component child : root.getComponents()) {
            if (type.isInstance(child)) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = findType(container, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theDataDirectoryWasCreatedWithSettingsAndALog() {
        assertThat(dataDir.resolve("logs/station.log")).content().contains("opening the station window (demo bench)");
    }

    private static void screenshot(String name) throws Exception {
        Robot robot = new Robot();
        robot.waitForIdle();
        Rectangle bounds = Ui.onEdt(window::getBounds);
        BufferedImage image = robot.createScreenCapture(bounds);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(image, "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }

    private static Frame awaitWindow() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Frame frame : Frame.getFrames()) {
                if ("station-window".equals(frame.getName()) && frame.isShowing()) {
                    return frame;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the station window did not appear within 20 s");
    }

    /** The first visible line of a tile that starts with {@code prefix}, or empty. */
    private static String tileLine(int slot, String prefix) throws Exception {
        return Ui.onEdt(() -> {
            Container tile = (Container) Ui.findOrNull(window, "tile-" + slot);
            if (tile == null) {
                return "";
            }
            for (Component child : tile.getComponents()) {
                if (child instanceof JLabel line && line.isVisible() && line.getText().startsWith(prefix)) {
                    return line.getText().startsWith("✓ Restored") ? "✓ Restored" : line.getText();
                }
            }
            return "";
        });
    }

    private static String label(String name) throws Exception {
        return Ui.onEdt(() -> ((JLabel) Ui.findOrNull(window, name)).getText());
    }

    private static boolean eventually(Ui.Read<String> value, String expected) throws Exception {
        return eventually(value, expected, Duration.ofSeconds(10));
    }

    private static boolean eventually(Ui.Read<String> value, String expected, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (expected.equals(value.get())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

}
