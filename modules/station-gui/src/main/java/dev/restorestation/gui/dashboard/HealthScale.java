package dev.restorestation.gui.dashboard;

import dev.restorestation.gui.theme.StationTheme;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours a slot by its share of USB failures: the theme's good colour at none, its warning
 * colour at {@value #WARN}, its bad colour from {@value #BAD} on, blended in between; a negative
 * share (a slot with no attempts) gets the theme's neutral colour.
 */
final class HealthScale implements PaintScale {

    static final double WARN = 0.10;
    static final double BAD = 0.30;

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Paint getPaint(double rate) {
        Color good = StationTheme.color("Station.heat.good");
        Color warn = StationTheme.color("Station.heat.warn");
        Color bad = StationTheme.color("Station.heat.bad");
        if (rate < 0) {
            return StationTheme.color("Station.heat.none");
        }
        if (rate == 0) {
            return good;
        }
        if (rate < WARN) {
            return blend(good, warn, rate / WARN);
        }
        if (rate < BAD) {
            return blend(warn, bad, (rate - WARN) / (BAD - WARN));
        }
        return bad;
    }

    static Color blend(Color from, Color to, double share) {
        double s = Math.max(0, Math.min(1, share));
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * s),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * s),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * s));
    }
}
