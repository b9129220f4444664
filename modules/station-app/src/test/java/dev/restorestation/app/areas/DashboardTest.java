package dev.restorestation.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.app.window.SlotCheckAdapter;
import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.gui.dashboard.DashboardArea;
import dev.restorestation.gui.testing.Ui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard on a real H2 history, the advisor's slot test and a real firmware cache. */
class DashboardTest {

    private static final long CAP = 1L << 30;

    @TempDir
    Path dir;

    private ShopDay shop;
    private ThreadPoolTaskExecutor tasks;
    private DashboardArea area;
    private Path imported;

    @BeforeEach
    void openTheDashboard() throws Exception {
        shop = ShopDay.open(dir.resolve("history")).ticketsOfTheWeek().aBenchWithABadSlot();
        StationFirmwareCache cache = StationFirmwareCache.open(dir.resolve("firmware"), dir.resolve("firmware-seals.json"), null, CAP);
        FirmwareLibraryAdapter firmware = new FirmwareLibraryAdapter(cache, () -> CAP);
        imported = Firmwares.ipsw(Files.createDirectories(dir.resolve("desk")), "23C71", "26.2.1", "iPhone15,2", 3_000_000);
        firmware.importFile(imported, new FirmwareLibraryAdapterTest.Steps());
        tasks = new ThreadPoolTaskExecutor("dashboard-test", 2);
        area = Ui.onEdt(() -> new DashboardArea(shop.database.shopReport(), shop.database.shopHistory(),
                new SlotCheckAdapter(shop.database.shopHistory()), firmware, tasks));
        Ui.run(area::refresh);
        assertThat(Ui.await(() -> label("dashboard-updated"), text -> !text.startsWith("Reading"), 20)).startsWith("Updated");
    }

    @AfterEach
    void close() {
        tasks.close();
        shop.database.close();
    }

    @Test
    void todaysAttemptsSuccessRateAndCacheSizeAreShown() throws Exception {
        assertThat(label("dashboard-attempts-value")).isEqualTo("99");
        assertThat(label("dashboard-success-value")).isEqualTo("85%");
        assertThat(label("dashboard-success-caption")).isEqualTo("succeeded today (84 of 99)");
        assertThat(label("dashboard-running-value")).isEqualTo("0");
        assertThat(label("dashboard-cache-value")).isEqualTo("2.9 MiB");
        assertThat(label("dashboard-cache-caption")).isEqualTo("firmware cache, 0% of 1.0 GiB cap");
    }

    @Test
    void theTopErrorsChartCountsFailuresPerCategoryMostFrequentFirst() throws Exception {
        CategoryDataset data = Ui.onEdt(() -> ((ChartPanel) Ui.find(area, "dashboard-categories")).getChart()
                .getCategoryPlot().getDataset());

        assertThat(Ui.onEdt(data::getColumnKeys)).containsExactly("USB connection", "Firmware file", "Build not signed");
        assertThat(Ui.onEdt(() -> List.of(data.getValue(0, 0).intValue(), data.getValue(0, 1).intValue(), data.getValue(0, 2).intValue())))
                .containsExactly(12, 4, 1);
    }

    @Test
    void theHeatMapHasABlockPerSlotAndTheAdvisorsFindingIsSpelledOut() throws Exception {
        XYPlot plot = Ui.onEdt(() -> ((ChartPanel) Ui.find(area, "dashboard-slots")).getChart().getXYPlot());

        assertThat(Ui.onEdt(() -> plot.getDataset().getItemCount(0))).isEqualTo(8);
        assertThat(Ui.onEdt(() -> plot.getAnnotations().size())).isEqualTo(8);
        String advice = Ui.onEdt(() -> ((JTextComponent) Ui.find(area, "dashboard-slot-advice")).getText());
        assertThat(advice).startsWith("Slot 7 lost USB on 9 of 12 attempts").contains("replace its cable or hub port");
        assertThat(advice).doesNotContain("slot 3");
    }

    @Test
    void theSlotCheckFlagsOnlyTheBadSlot() {
        List<SlotWarning> warnings = new SlotCheckAdapter(shop.database.shopHistory())
                .troubledSlots(Instant.now().minus(30, ChronoUnit.DAYS));

        assertThat(warnings).extracting(SlotWarning::slot).containsExactly("7");
        assertThat(warnings.get(0).attempts()).isEqualTo(12);
        assertThat(warnings.get(0).failures()).isEqualTo(9);
    }

    private String label(String name) throws Exception {
        return Ui.onEdt(() -> ((JLabel) Ui.find(area, name)).getText());
    }
}
