package dev.restorestation.gui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import dev.restorestation.core.settings.Theme;
import java.awt.Color;
import java.awt.Toolkit;
import java.util.Locale;
import javax.swing.UIManager;

/** Installs FlatLaf with the station's own theme keys, light, dark or following the desktop. */
public final class StationTheme {

    private static boolean registered;

    private StationTheme() {
    }

    /** Before the first window: registers the station's properties and sets the look and feel. */
    public static void install(Theme theme) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("dev.restorestation.gui.theme");
            registered = true;
        }
        if (resolvesToDark(theme)) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches a running window's theme with a short fade. */
    public static void switchTo(Theme theme) {
        FlatAnimatedLafChange.showSnapshot();
        install(theme);
        FlatLaf.updateUI();
        FlatAnimatedLafChange.hideSnapshotWithAnimation();
    }

    public static boolean resolvesToDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> desktopPrefersDark();
        };
    }

    /**
     * A colour by theme key; magenta shows a missing key at a glance while building. A plain
     * {@link Color}, not the UIManager's resource colour, so that a child's updateUI on a theme
     * switch does not reset it to the look and feel's default.
     */
    public static Color color(String key) {
        Color color = UIManager.getColor(key);
        return color != null ? new Color(color.getRGB(), true) : Color.MAGENTA;
    }

    /**
     * Where the desktop publishes its theme name (GNOME/GTK through AWT, or {@code GTK_THEME}),
     * a name containing "dark" means dark; elsewhere light.
     */
    private static boolean desktopPrefersDark() {
        Object gnomeTheme = Toolkit.getDefaultToolkit().getDesktopProperty("gnome.Net/ThemeName");
        String gtkTheme = System.getenv("GTK_THEME");
        String name = (gnomeTheme != null ? gnomeTheme.toString() : "") + " " + (gtkTheme != null ? gtkTheme : "");
        return name.toLowerCase(Locale.ROOT).contains("dark");
    }
}
