package dev.restorestation.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.app.text.KnowledgeFixNames;
import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.app.window.SlotCheckAdapter;
import dev.restorestation.app.report.LabelPrinter;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.gui.dashboard.DashboardArea;
import dev.restorestation.gui.firmware.FirmwareArea;
import dev.restorestation.gui.history.HistoryArea;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.gui.theme.StationTheme;
import dev.restorestation.gui.testing.Ui;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each area in a real window on a real display (Xvfb under CI) with real data: a week of
 * history, a bench with a bad slot, a firmware cache with a download in progress. Saves
 * target/screenshots/{firmware,history,history-log,history-note,dashboard}[-dark].png for a person to look at
 * ({@code -2x} added when run with {@code -Dflatlaf.uiScale=2}).
 */
class AreaScreenshotsTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final long CAP = 8L << 30;

    @TempDir
    static Path dir;

    private static ShopDay shop;
    private static IpswServer server;
    private static ThreadPoolTaskExecutor tasks;
    private static FirmwareLibraryAdapter firmware;

    @BeforeAll
    static void aShopWithHistoryAndFirmware() throws Exception {
        HostRequirement.require(!GraphicsEnvironment.isHeadless(), "a display (DISPLAY, e.g. Xvfb)");
        shop = ShopDay.open(dir.resolve("history")).ticketsOfTheWeek().aBenchWithABadSlot();
        server = new IpswServer();
        Path mirror = Files.createDirectories(dir.resolve("mirror"));
        Path big = Firmwares.ipsw(mirror, "23C71", "26.2.1", "iPhone15,2", 96L << 20);
        server.catalog("iPhone15,2", Firmwares.deviceJson("iPhone15,2", List.of(
                Firmwares.published("23C71", "26.2.1", server.publish(big), big, true, "2026-01-12T17:00:00Z"),
                Firmwares.unsigned("23C55", "26.2", "2025-12-12T17:00:00Z"),
                Firmwares.unsigned("23B85", "26.1", "2025-11-03T17:00:00Z"),
                Firmwares.unsigned("22H124", "18.7.2", "2025-11-03T17:00:00Z"))));
        StationFirmwareCache cache = StationFirmwareCache.open(dir.resolve("firmware"), dir.resolve("firmware-seals.json"), server.mirror(), CAP);
        firmware = new FirmwareLibraryAdapter(cache, () -> CAP);
        Path desk = Files.createDirectories(dir.resolve("desk"));
        var steps = new FirmwareLibraryAdapterTest.Steps();
        firmware.importFile(Firmwares.ipsw(desk, "22H124", "18.7.2", "iPhone15,2", 4_000_000), steps);
        firmware.importFile(Firmwares.ipsw(desk, "23B85", "26.1", "iPhone14,2", 3_000_000), steps);
        tasks = new ThreadPoolTaskExecutor("screenshots", 2);
    }

    @AfterAll
    static void close() throws Exception {
        if (tasks != null) {
            tasks.close();
            server.close();
            shop.database.close();
            Ui.run(() -> StationTheme.install(Theme.LIGHT));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void firmware(Theme theme) throws Exception {
        server.slowDown(3);
        FirmwareArea area = Ui.onEdt(() -> themed(theme, () -> new FirmwareArea(firmware, tasks)));
        JFrame frame = show(area);
        Ui.run(() -> {
            JComboBox<?> models = Ui.find(area, "catalog-product-type");
            models.getEditor().setItem("iPhone15,2");
            ((AbstractButton) Ui.find(area, "catalog-show")).doClick();
        });
        JTable catalog = Ui.find(area, "catalog-table");
        Ui.await(catalog::getRowCount, rows -> rows == 4, 20);
        Ui.run(() -> catalog.setRowSelectionInterval(0, 0));
        Ui.run(() -> ((AbstractButton) Ui.find(area, "catalog-download")).doClick());
        Path broken = Files.writeString(dir.resolve("broken-" + theme + ".ipsw"), "not a zip");
        Ui.run(() -> area.importFiles(List.of(broken)));
        String row = "download-iPhone15,2-23C71";
        String progress = Ui.await(() -> ((JLabel) Ui.find(area, row + "-detail")).getText(),
                text -> text.startsWith("Downloaded"), 30);
        Ui.run(() -> ((JTable) Ui.find(area, "firmware-cached-table")).setRowSelectionInterval(0, 0));
        capture(frame, "firmware", theme);

        assertThat(progress).startsWith("Downloaded").containsPattern(" of 96\\.\\d MiB at ");
        assertThat(Ui.onEdt(() -> ((JLabel) Ui.find(area, "firmware-usage-text")).getText())).contains("of 8.0 GiB cap");
        Ui.run(() -> ((AbstractButton) Ui.find(area, row + "-cancel")).doClick());
        Ui.await(() -> hasComponent(area, row), present -> !present, 20);
        server.slowDown(0);
        dispose(frame);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void history(Theme theme) throws Exception {
        HistoryArea area = Ui.onEdt(() -> themed(theme, () -> new HistoryArea(shop.log(), EngineLogClassifier::evidenceLines,
                (ticket, pdf, withNote) -> "", new LabelPrinter(), KnowledgeFixNames.bundled(), tasks)));
        JFrame frame = show(area);
        Ui.run(() -> {
            ((JComboBox<?>) Ui.find(area, "history-kind")).setSelectedIndex(0);
            JTextField text = Ui.find(area, "history-text");
            text.setText("R-1042");
            text.postActionEvent();
        });
        JTable table = Ui.find(area, "history-table");
        Ui.await(table::getRowCount, rows -> rows == 3, 20);
        Ui.run(() -> table.setRowSelectionInterval(1, 1));
        capture(frame, "history", theme);

        Ui.run(() -> ((AbstractButton) Ui.find(area, "history-engine-log-button")).doClick());
        Dialog log = Ui.await(AreaScreenshotsTest::engineLog, found -> found != null
                && ((JTextComponent) Ui.find(found, "engine-log-text")).getText().contains("4013"), 20);
        JTextComponent logText = Ui.find(log, "engine-log-text");
        assertThat(logText.getText()).contains("Unable to send iBEC component");
        Ui.await(() -> logText.getHighlighter().getHighlights().length, n -> n > 0, 20);
        Highlighter.Highlight first = logText.getHighlighter().getHighlights()[0];
        assertThat(logText.getText().substring(first.getStartOffset(), first.getEndOffset()))
                .as("the deciding line is highlighted").contains("Unable to send iBEC");
        capture(log, "history-log", theme);
        dispose(log);

        SwingUtilities.invokeLater(() -> ((AbstractButton) Ui.find(area, "history-note-button")).doClick());
        Dialog note = Ui.await(() -> dialogWith("note-text"), found -> found != null, 20);
        capture(note, "history-note", theme);
        dispose(note);
        dispose(frame);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void dashboard(Theme theme) throws Exception {
        DashboardArea area = Ui.onEdt(() -> themed(theme, () -> new DashboardArea(shop.database.shopReport(),
                shop.database.shopHistory(), new SlotCheckAdapter(shop.database.shopHistory()), firmware, tasks)));
        JFrame frame = show(area);
        assertThat(Ui.await(() -> ((JLabel) Ui.find(area, "dashboard-updated")).getText(),
                text -> text.startsWith("Updated"), 20)).startsWith("Updated");
        capture(frame, "dashboard", theme);
        dispose(frame);
    }

    /** Builds the area under {@code theme}, as the window does after the technician chose it. */
    private static <T extends JComponent> T themed(Theme theme, Supplier<T> area) {
        StationTheme.install(theme);
        FlatLaf.updateUI();
        return area.get();
    }

    private static JFrame show(JComponent area) throws Exception {
        return Ui.onEdt(() -> {
            JFrame frame = new JFrame("Restore Station — " + area.getName());
            frame.setContentPane(area);
            frame.setSize(UIScale.scale(1280), UIScale.scale(800));
            frame.setLocation(0, 0);
            frame.setVisible(true);
            return frame;
        });
    }

    private static void capture(Window window, String name, Theme theme) throws Exception {
        Robot robot = new Robot();
        robot.waitForIdle();
        Rectangle bounds = Ui.onEdt(window::getBounds);
        Files.createDirectories(SCREENSHOTS);
        String file = name + (theme == Theme.DARK ? "-dark" : "") + (UIScale.getUserScaleFactor() > 1 ? "-2x" : "") + ".png";
        ImageIO.write(robot.createScreenCapture(bounds), "png", SCREENSHOTS.resolve(file).toFile());
    }

    private static Dialog engineLog() {
        return Arrays.stream(Window.getWindows())
                .filter(window -> window instanceof Dialog && window.isShowing() && "history-engine-log".equals(window.getName()))
                .map(Dialog.class::cast)
                .findFirst().orElse(null);
    }

    private static Dialog dialogWith(String componentName) {
        return Arrays.stream(Window.getWindows())
                .filter(window -> window instanceof Dialog && window.isShowing()
                        && Ui.findOrNull(window, componentName) != null)
                .map(Dialog.class::cast)
                .findFirst().orElse(null);
    }

    private static boolean hasComponent(JComponent root, String name) {
        try {
            return Ui.find(root, name) != null;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static void dispose(Window window) throws Exception {
        Ui.run(window::dispose);
    }
}
