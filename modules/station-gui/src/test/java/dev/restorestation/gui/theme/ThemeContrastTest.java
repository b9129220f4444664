package dev.restorestation.gui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.settings.Theme;
import java.awt.Color;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.UIManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every colour pair the window paints text in, at least 4.5:1 (WCAG AA for normal text), and
 * the selected tile's border at least 3:1 against what surrounds it (WCAG's non-text contrast),
 * in both themes.
 */
class ThemeContrastTest {

    private static final List<String> TILE_BACKGROUNDS = List.of("Station.tile.background",
            "Station.tile.succeededBackground", "Station.tile.failedBackground", "Station.tile.emptyBackground");

    /** Foreground key → the background keys it is painted on. */
    private static final Map<String, List<String>> TEXT = Map.ofEntries(
            Map.entry("Label.foreground", TILE_BACKGROUNDS),
            Map.entry("Station.text.secondary", concat(TILE_BACKGROUNDS, "Panel.background", "Table.background")),
            Map.entry("Station.text.failed", List.of("Station.tile.failedBackground", "Station.tile.background",
                    "Panel.background", "Table.background")),
            Map.entry("Station.text.succeeded", List.of("Station.tile.succeededBackground", "Station.tile.background",
                    "Panel.background", "Table.background")),
            Map.entry("Station.text.attention", concat(TILE_BACKGROUNDS, "Panel.background", "Table.background")),
            Map.entry("Station.text.running", List.of("Station.tile.background", "Panel.background", "Table.background")),
            Map.entry("Station.badge.foreground", List.of("Station.badge.dfu", "Station.badge.recovery",
                    "Station.badge.restore", "Station.badge.normal", "Station.badge.unknown")),
            Map.entry("Station.heat.text", List.of("Station.heat.good", "Station.heat.warn", "Station.heat.bad", "Station.heat.none")),
            Map.entry("TextArea.foreground", List.of("Station.evidence.background")),
            Map.entry("TextField.placeholderForeground", List.of("TextField.background")));

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void textIsReadableOnEveryBackgroundItIsPaintedOn(Theme theme) throws Exception {
        List<String> tooFaint = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            StationTheme.install(theme);
            TEXT.forEach((foreground, backgrounds) -> backgrounds.forEach(background -> {
                double ratio = contrast(colour(foreground), colour(background));
                if (ratio < 4.5) {
                    tooFaint.add(String.format("%s on %s: %.2f:1", foreground, background, ratio));
                }
            }));
        });
        assertThat(tooFaint).as(theme + " pairs below 4.5:1").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void theSelectedTileStandsOutFromEveryTileAndTheBench(Theme theme) throws Exception {
        List<String> tooFaint = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            StationTheme.install(theme);
            for (String background : concat(TILE_BACKGROUNDS, "Station.bench.background")) {
                double ratio = contrast(colour("Station.tile.selected"), colour(background));
                if (ratio < 3) {
                    tooFaint.add(String.format("selected border on %s: %.2f:1", background, ratio));
                }
            }
        });
        assertThat(tooFaint).as(theme + " selection below 3:1").isEmpty();
    }

    private static Color colour(String key) {
        Color colour = UIManager.getColor(key);
        assertThat(colour).as("theme key " + key).isNotNull();
        return colour;
    }

    /** WCAG 2.x contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen()) + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static List<String> concat(List<String> keys, String... more) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(List.of(more));
        return all;
    }
}
