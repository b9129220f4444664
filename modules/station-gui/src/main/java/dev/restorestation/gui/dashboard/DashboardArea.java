package dev.restorestation.gui.dashboard;

import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.history.DailyResult;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.gui.RefreshWhileShown;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import dev.restorestation.gui.WrappedText;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;

/**
 * The shop at a glance: today's attempts and success rate, the top error categories, the health
 * of each slot on the bench, and the firmware cache's size. Read in the background when shown
 * and every {@value #REFRESH_SECONDS} s while shown.
 */
public final class DashboardArea extends JPanel {

    static final int REFRESH_SECONDS = 30;
    static final int PERIOD_DAYS = 30;
    
    private final DashboardLoader loader;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final FigureTile attempts = new FigureTile("dashboard-attempts", Texts.text("dashboard.attempts", 0));
    private final FigureTile success = new FigureTile("dashboard-success", Texts.text("dashboard.succeeded"));
    private final FigureTile running = new FigureTile("dashboard-running", Texts.text("dashboard.running"));
    private final FigureTile cache = new FigureTile("dashboard-cache", Texts.text("dashboard.cache"));
    private final CategoryChart categories = new CategoryChart();
    private final SlotHeatMap slots = new SlotHeatMap();
    private final WrappedText slotAdvice = new WrappedText("");
    private final JLabel updated = new JLabel(Texts.text("dashboard.reading"));
    private boolean refreshing;

    public DashboardArea(ShopReport report, ShopHistory history, SlotCheck slotCheck, FirmwareLibrary firmware,
                         TaskExecutor tasks) {
        this(new DashboardLoader(report, history, slotCheck, firmware, Clock.systemDefaultZone(), PERIOD_DAYS), tasks,
                Clock.systemDefaultZone());
    }

    DashboardArea(DashboardLoader loader, TaskExecutor tasks, Clock clock) {
        super(new MigLayout("insets 16 24 12 24, fill, wrap", "[grow, fill]", "[][][grow, fill][]"));
        this.loader = loader;
        this.tasks = tasks;
        this.clock = clock;
        setName("area-dashboard");
        updated.setName("dashboard-updated");
        slotAdvice.setName("dashboard-slot-advice");
        updated.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        JButton refreshButton = new JButton(Texts.text("dashboard.refresh"));
        refreshButton.setName("dashboard-refresh");
        refreshButton.setMnemonic(Texts.text("dashboard.refresh.mnemonic").charAt(0));
        refreshButton.addActionListener(e -> refresh());

        JLabel title = new JLabel(Texts.text("area.DASHBOARD"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "split 3, growx 0");
        add(updated, "gapleft push, growx 0");
        add(refreshButton, "growx 0");

        add(attempts, "split 4, sg figure, growx, w 120:200:");
        add(success, "sg figure, growx");
        add(running, "sg figure, growx");
        add(cache, "sg figure, growx");

        JPanel charts = new JPanel(new MigLayout("insets 0, fill", "[grow, fill, 50%][grow, fill, 50%]", "[][][grow, fill]"));
        charts.add(heading(Texts.text("dashboard.topErrors", PERIOD_DAYS)));
        charts.add(heading(Texts.text("dashboard.slotHealth", PERIOD_DAYS)), "wrap");
        charts.add(caption(Texts.text("dashboard.topErrors.caption")));
        // wraps within its half of the area: the longer languages need two lines
        charts.add(new WrappedText(Texts.text("dashboard.slotHealth.caption")), "wrap, wmin 0, growx");
        charts.add(chartPanel(categories.chart(), "dashboard-categories"), "hmin 160");
        charts.add(chartPanel(slots.chart(), "dashboard-slots"), "hmin 160");
        add(charts);
        add(slotAdvice, "wmin 0");

        RefreshWhileShown.install(this, REFRESH_SECONDS, this::refresh);
    }

    /** Reads the figures in the background and shows them. */
    public void refresh() {
        UiThread.requireEdt();
        if (refreshing) {
            return;
        }
        refreshing = true;
        UiTask.run(tasks, "read the dashboard", context -> loader.load(), figures -> {
            refreshing = false;
            show(figures);
        }, failure -> {
            refreshing = false;
            updated.setText(Texts.text("history.notRead", UiTask.describe(failure)));
            updated.putClientProperty("FlatLaf.style", "foreground: $Station.text.failed");
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (categories != null) {
            categories.restyle();
            slots.restyle();
        }
    }

    void show(DashboardFigures figures) {
        DailyResult today = figures.today();
        attempts.show(Texts.text("dashboard.count", today.attempts()), Texts.text("dashboard.attempts", today.attempts()), null);
        int finished = today.attempts() - today.running();
        if (finished == 0) {
            success.show("–", Texts.text("dashboard.succeeded.none"), null);
        } else {
            success.show(Texts.text("dashboard.rate", Math.round(today.successRate() * 100)),
                    Texts.text("dashboard.succeeded.of", today.succeeded(), finished), rateColour(today.successRate()));
        }
        running.show(Texts.text("dashboard.count", today.running()), Texts.text("dashboard.running"), today.running() > 0 ? "Station.text.running" : null);
        cache.show(figures.cache().map(usage -> SizeText.shown(usage.usedBytes())).orElse("?"),
                figures.cache().map(DashboardArea::cacheCaption).orElse(Texts.text("dashboard.cache.notRead")),
                figures.cache().filter(CacheUsage::overCap).map(usage -> "Station.text.failed").orElse(null));
        categories.show(figures.categories());
        slots.show(SlotGrid.of(figures.slots()), figures.troubledSlots());
        slotAdvice.setText(figures.troubledSlots().isEmpty()
                ? (figures.slots().isEmpty() ? "" : Texts.text("dashboard.slots.fine"))
                : figures.troubledSlots().stream().map(SlotWarning::advice)
                        .map(line -> line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1))
                        .collect(Collectors.joining(".\n", "", ".")));
        slotAdvice.putClientProperty("FlatLaf.style", figures.troubledSlots().isEmpty()
                ? "foreground: $Station.text.secondary; font: $Label.font; margin: 0,0,0,0"
                : "foreground: $Station.text.failed; font: $Label.font; margin: 0,0,0,0");
        updated.setText(Texts.text("dashboard.updated", DateTimeFormatter.ofPattern("HH:mm:ss").format(figures.readAt().atZone(clock.getZone()))));
        updated.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
    }

    FigureTile attemptsTile() {
        return attempts;
    }

    FigureTile successTile() {
        return success;
    }

    FigureTile cacheTile() {
        return cache;
    }

    CategoryChart categoryChart() {
        return categories;
    }

    SlotHeatMap heatMap() {
        return slots;
    }

    String slotAdviceText() {
        return slotAdvice.getText();
    }

    static String cacheCaption(CacheUsage usage) {
        if (usage.capBytes() == 0) {
            return Texts.text("dashboard.cache.noCap");
        }
        return Texts.text("dashboard.cache.ofCap", Math.round(usage.ofCap() * 100), SizeText.shown(usage.capBytes()));
    }

    private static String rateColour(double rate) {
        return rate >= 0.9 ? "Station.text.succeeded" : rate >= 0.7 ? "Station.text.attention" : "Station.text.failed";
    }

    private static ChartPanel chartPanel(org.jfree.chart.JFreeChart chart, String name) {
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, true);
        panel.setName(name);
        panel.setMinimumDrawWidth(0);
        panel.setMinimumDrawHeight(0);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setMouseZoomable(false);
        panel.setPopupMenu(null);
        return panel;
    }

    private static JLabel caption(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        return label;
    }

    private static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }
}
