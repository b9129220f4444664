package dev.restorestation.gui.shell;

import dev.restorestation.core.settings.Theme;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import net.miginfocom.swing.MigLayout;

/** Station settings the technician can change here. */
final class SettingsArea extends JPanel {

    SettingsArea(Theme current, String dataDirectory, Consumer<Theme> onTheme) {
        super(new MigLayout("insets 24, wrap 2", "[right][grow]", "[]16[][]"));
        setName("area-settings");
        JLabel title = new JLabel("Settings");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span, left");

        add(new JLabel("Theme:"));
        JPanel themes = new JPanel(new MigLayout("insets 0"));
        ButtonGroup group = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButton choice = new JRadioButton(label(theme), theme == current);
            choice.setName("theme-" + theme.name().toLowerCase(Locale.ROOT));
            choice.addActionListener(e -> onTheme.accept(theme));
            group.add(choice);
            themes.add(choice);
        }
        add(themes);

        add(new JLabel("Data directory:"));
        JLabel folder = new JLabel(dataDirectory);
        folder.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(folder);
    }

    private static String label(Theme theme) {
        return switch (theme) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case SYSTEM -> "Follow the desktop";
        };
    }
}
