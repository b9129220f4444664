package dev.restorestation.gui.dashboard;

import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Font;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The bench as a heat map: one block per slot, coloured by its share of USB failures, labelled
 * with the slot and its counts; a slot the advisor flags carries a warning sign.
 */
final class SlotHeatMap {

    private final DefaultXYZDataset data = new DefaultXYZDataset();
    private final XYBlockRenderer blocks = new XYBlockRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private SlotGrid grid = SlotGrid.of(List.of());
    private Set<String> troubled = Set.of();

    SlotHeatMap() {
        NumberAxis columns = new NumberAxis();
        NumberAxis rows = new NumberAxis();
        columns.setVisible(false);
        rows.setVisible(false);
        rows.setInverted(true);
        blocks.setPaintScale(new HealthScale());
        blocks.setBlockWidth(0.94);
        blocks.setBlockHeight(0.9);
        blocks.setDefaultToolTipGenerator((dataset, series, item) -> tooltip(item));
        plot = new XYPlot(data, columns, rows, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(Texts.text("dashboard.noAttempts"));
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        restyle();
    }

    JFreeChart chart() {
        return chart;
    }

    SlotGrid grid() {
        return grid;
    }

    void show(SlotGrid slots, List<SlotWarning> warnings) {
        grid = slots;
        troubled = warnings.stream().map(SlotWarning::slot).collect(Collectors.toSet());
        if (data.getSeriesCount() > 0) {
            data.removeSeries("slots");
        }
        if (!grid.cells().isEmpty()) {
            double[][] xyz = new double[3][grid.cells().size()];
            for (int i = 0; i < grid.cells().size(); i++) {
                SlotGrid.Cell cell = grid.cells().get(i);
                xyz[0][i] = cell.column();
                xyz[1][i] = cell.row();
                xyz[2][i] = cell.colourRate();
            }
            data.addSeries("slots", xyz);
        }
        plot.getDomainAxis().setRange(-0.5, grid.columns() - 0.5);
        plot.getRangeAxis().setRange(-0.5, grid.rows() - 0.5);
        annotate();
    }

    void restyle() {
        ChartStyle.apply(chart);
        plot.setBackgroundPaint(StationTheme.color("Panel.background"));
        annotate();
    }

    /** The label drawn on a slot's block. */
    static String label(SlotGrid.Cell cell, boolean flagged) {
        return (flagged ? "⚠ " : "") + cell.slot().slot() + "  " + (cell.slot().attempts() == 0 ? "—"
                : cell.slot().usbConnectionFailures() + "/" + cell.slot().attempts());
    }

    private void annotate() {
        if (chart == null) {
            return;
        }
        plot.clearAnnotations();
        Font base = UIManager.getFont("Label.font");
        Font font = base == null ? new Font(Font.SANS_SERIF, Font.BOLD, 12) : base.deriveFont(Font.BOLD);
        for (SlotGrid.Cell cell : grid.cells()) {
            XYTextAnnotation text = new XYTextAnnotation(label(cell, troubled.contains(cell.slot().slot())),
                    cell.column(), cell.row());
            text.setFont(font);
            text.setPaint(StationTheme.color("Station.heat.text"));
            plot.addAnnotation(text, false);
        }
        chart.fireChartChanged();
    }

    private String tooltip(int item) {
        SlotGrid.Cell cell = grid.cells().get(item);
        if (cell.slot().attempts() == 0) {
            return Texts.text("dashboard.slot.none", cell.slot().slot());
        }
        // a failure known to be the phone's own hardware (4013 on an iPhone 7) is not the port's
        return Texts.text("dashboard.slot.failures", cell.slot().slot(), cell.slot().usbConnectionFailures(),
                cell.slot().attempts(), Math.round(cell.rate() * 100)) + (troubled.contains(cell.slot().slot()) ? Texts.text("dashboard.slot.check") : "");
    }
}
