package dev.restorestation.gui.dashboard;

import dev.restorestation.gui.theme.StationTheme;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/** Gives a chart the window's theme: background, text and grid colours by key, the window's font. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        Color background = StationTheme.color("Panel.background");
        Color text = StationTheme.color("Label.foreground");
        Color secondary = StationTheme.color("Station.text.secondary");
        Font font = UIManager.getFont("Label.font");
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(background);
            chart.getLegend().setItemPaint(text);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(StationTheme.color("Station.chart.plotBackground"));
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(secondary);
        if (font != null) {
            plot.setNoDataMessageFont(font);
        }
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(StationTheme.color("Station.chart.grid"));
            style(category.getDomainAxis(), text, secondary, font);
            style(category.getRangeAxis(), text, secondary, font);
        } else if (plot instanceof XYPlot xy) {
            style(xy.getDomainAxis(), text, secondary, font);
            style(xy.getRangeAxis(), text, secondary, font);
        }
    }

    private static void style(Axis axis, Color text, Color secondary, Font font) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(secondary);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(secondary);
        axis.setTickMarkPaint(secondary);
        if (font != null) {
            axis.setTickLabelFont(font.deriveFont(font.getSize2D() - 1));
            axis.setLabelFont(font);
        }
    }
}
