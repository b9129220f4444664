package dev.restorestation.gui.dashboard;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Failures per error category as horizontal bars, most frequent on top. */
final class CategoryChart {

    static final int SHOWN = 6;

    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final JFreeChart chart;

    CategoryChart() {
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis failures = new NumberAxis(Texts.text("dashboard.failedAttempts"));
        failures.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        bars.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, categories, failures, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setNoDataMessage(Texts.text("dashboard.noFailures"));
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        restyle();
    }

    JFreeChart chart() {
        return chart;
    }

    void show(List<DashboardFigures.CategoryCount> counts) {
        data.clear();
        counts.stream().limit(SHOWN).forEach(count ->
                data.addValue(count.failures(), "failures", Texts.text("category." + count.category().id())));
    }

    DefaultCategoryDataset data() {
        return data;
    }

    void restyle() {
        ChartStyle.apply(chart);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, StationTheme.color("Station.chart.bar"));
    }
}
