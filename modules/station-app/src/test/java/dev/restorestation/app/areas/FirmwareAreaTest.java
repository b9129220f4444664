package dev.restorestation.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.gui.firmware.FirmwareArea;
import dev.restorestation.gui.testing.Ui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firmware area driven as a technician would, on the real cache and downloader against a
 * loopback mirror: look up the catalog, download, pause, resume, import.
 */
class FirmwareAreaTest {

    private static final long CAP = 1L << 30;
    private static final String ROW = "download-iPhone15,2-23C71";

    @TempDir
    Path dir;

    private IpswServer server;
    private ThreadPoolTaskExecutor tasks;
    private FirmwareArea area;
    private Path published;

    @BeforeEach
    void openTheArea() throws Exception {
        server = new IpswServer();
        published = Firmwares.ipsw(Files.createDirectories(dir.resolve("mirror")), "23C71", "26.2.1", "iPhone15,2",
                48L << 20);
        server.catalog("iPhone15,2", Firmwares.deviceJson("iPhone15,2", List.of(
                Firmwares.published("23C71", "26.2.1", server.publish(published), published, true, "2026-01-12T17:00:00Z"),
                Firmwares.unsigned("23B85", "26.1", "2025-11-03T17:00:00Z"))));
        StationFirmwareCache cache = StationFirmwareCache.open(dir.resolve("firmware"), dir.resolve("firmware-seals.json"), server.mirror(), CAP);
        tasks = new ThreadPoolTaskExecutor("firmware-area-test", 2);
        area = Ui.onEdt(() -> new FirmwareArea(new FirmwareLibraryAdapter(cache, () -> CAP), tasks));
        Ui.run(area::refresh);
    }

    @AfterEach
    void close() {
        tasks.close();
        server.close();
    }

    @Test
    void anEmptyCacheSaysWhatToDoAndShowsTheCap() throws Exception {
        String usage = Ui.await(() -> label("firmware-usage-text"), text -> text.contains("cap"), 10);
        assertThat(usage).startsWith("0 B of 1.0 GiB cap (0%)").contains("free on the disk");
        assertThat(Ui.onEdt(() -> Ui.find(area, "firmware-cached-empty").isVisible())).isTrue();
    }

    @Test
    void theCatalogShowsSignedStatusAndOnlyASignedBuildCanBeDownloaded() throws Exception {
        lookUp("iphone fifteen");
        assertThat(Ui.await(() -> label("catalog-status"), text -> text.contains("not a model"), 5))
                .isEqualTo("'iphone fifteen' is not a model; pick one from the list or type a product type like iPhone15,2");

        lookUp("iphone 14 pro");
        assertThat(Ui.await(() -> label("catalog-status"), text -> text.startsWith("2 builds"), 10))
                .startsWith("2 builds for iPhone15,2, 1 signed.");
        JTable table = Ui.find(area, "catalog-table");
        AbstractButton download = Ui.find(area, "catalog-download");
        assertThat(Ui.onEdt(() -> table.getValueAt(0, 1) + " " + table.getValueAt(1, 1))).isEqualTo("23C71 23B85");

        Ui.run(() -> table.setRowSelectionInterval(1, 1));
        assertThat(Ui.<Boolean>onEdt(() -> download.isEnabled())).isFalse();
        assertThat(Ui.<String>onEdt(() -> download.getToolTipText())).contains("no longer signs");
        Ui.run(() -> table.setRowSelectionInterval(0, 0));
        assertThat(Ui.<Boolean>onEdt(() -> download.isEnabled())).isTrue();
    }

    @Test
    void aPausedDownloadKeepsItsPartAndResumesFromThereIntoTheCache() throws Exception {
        server.slowDown(4);
        lookUp("iPhone15,2");
        Ui.await(() -> label("catalog-status"), text -> text.startsWith("2 builds"), 10);
        JTable catalog = Ui.find(area, "catalog-table");
        Ui.run(() -> catalog.setRowSelectionInterval(0, 0));
        click("catalog-download");

        Ui.await(() -> Ui.find(area, ROW) != null && server.bytesSent() > (4L << 20), done -> done, 30);
        click(ROW + "-pause");
        String paused = Ui.await(() -> label(ROW + "-detail"), text -> text.startsWith("Paused"), 10);
        assertThat(paused).contains("kept").contains("resumes");
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.find(area, ROW + "-pause")).getText())).isEqualTo("Resume");
        long sentWhenPaused = server.bytesSent();
        assertThat(sentWhenPaused).isLessThan(Files.size(published));

        server.slowDown(0);
        click(ROW + "-pause");
        JTable cached = Ui.find(area, "firmware-cached-table");
        Ui.await(cached::getRowCount, rows -> rows == 1, 60);

        assertThat(Ui.onEdt(() -> cached.getValueAt(0, 1) + " " + cached.getValueAt(0, 6))).isEqualTo("23C71 VERIFIED");
        assertThat(label("firmware-message")).isEqualTo("iOS 26.2.1 (23C71) is in the cache, verified");
        assertThat(Ui.onEdt(() -> hasComponent(ROW))).isFalse();
        assertThat(server.ranges()).hasSize(2);
        assertThat(server.ranges().get(1)).matches("bytes=[1-9]\\d*-");
        assertThat(server.bytesSent()).isLessThan(Files.size(published) + sentWhenPaused);
        assertThat(Ui.await(() -> label("firmware-usage-text"), text -> !text.startsWith("0 B"), 10)).startsWith("48.");
    }

    @Test
    void aDroppedFileThatIsNotAnIpswFailsWithItsReasonAndCanBeDismissed() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.ipsw"), "this is not a zip");
        Ui.run(() -> area.importFiles(List.of(bad)));
        String row = "import-" + bad.toAbsolutePath();

        String reason = Ui.await(() -> label(row + "-detail"), text -> text.startsWith("not an IPSW"), 20);
        assertThat(reason).startsWith("not an IPSW");
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.find(area, row + "-cancel")).getText())).isEqualTo("Dismiss");

        click(row + "-cancel");
        assertThat(Ui.onEdt(() -> hasComponent(row))).isFalse();
    }

    @Test
    void anImportedIpswIsListedAndVerifiedAgainOnRequest() throws Exception {
        Path local = Firmwares.ipsw(Files.createDirectories(dir.resolve("desk")), "22H124", "18.7.2", "iPhone15,2", 2_000_000);
        Ui.run(() -> area.importFiles(List.of(local)));
        JTable cached = Ui.find(area, "firmware-cached-table");
        Ui.await(cached::getRowCount, rows -> rows == 1, 20);

        Ui.run(() -> cached.setRowSelectionInterval(0, 0));
        click("firmware-verify");
        assertThat(Ui.await(() -> label("firmware-message"), text -> text.contains("verified:"), 20))
                .isEqualTo("iOS 18.7.2 (22H124) verified: every entry and checksum is intact");
        @SuppressWarnings("unchecked")
        JComboBox<String> models = Ui.find(area, "catalog-product-type");
        List<String> offered = Ui.onEdt(() -> IntStream.range(0, models.getItemCount()).mapToObj(models::getItemAt).toList());
        assertThat(offered).as("every model of the device catalog, by name, in product-type order")
                .containsSubsequence("iPhone 7 Plus (GSM) (iPhone9,4)", "iPhone 8 (Global) (iPhone10,1)",
                        "iPhone 14 Pro (iPhone15,2)");
        Ui.run(() -> models.setSelectedItem("iPhone 7 Plus (GSM) (iPhone9,4)"));
        Ui.run(() -> ((AbstractButton) Ui.find(area, "catalog-show")).doClick());
        assertThat(Ui.await(() -> label("catalog-status"), text -> !text.startsWith("2 builds"), 10))
                .as("the picked line stands for its product type").contains("iPhone9,4");
    }

    private void lookUp(String productType) throws Exception {
        Ui.run(() -> {
            JComboBox<?> models = Ui.find(area, "catalog-product-type");
            models.getEditor().setItem(productType);
            ((AbstractButton) Ui.find(area, "catalog-show")).doClick();
        });
    }

    private void click(String name) throws Exception {
        Ui.run(() -> ((AbstractButton) Ui.find(area, name)).doClick());
    }

    private String label(String name) throws Exception {
        return Ui.onEdt(() -> ((JLabel) Ui.find(area, name)).getText());
    }

    private boolean hasComponent(String name) {
        try {
            return ((JComponent) Ui.find(area, name)) != null;
        } catch (AssertionError e) {
            return false;
        }
    }
}
