package dev.restorestation.gui.shell;

import dev.restorestation.gui.Texts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** The column of area buttons on the window's left. */
final class NavigationBar extends JPanel {

    private final Map<Area, JToggleButton> buttons = new EnumMap<>(Area.class);

    NavigationBar(Consumer<Area> onSelect) {
        super(new MigLayout("insets 8 6 8 6, wrap, gap 0 4, fillx", "[grow,fill]"));
        setName("navigation");
        ButtonGroup group = new ButtonGroup();
        for (Area area : Area.values()) {
            JToggleButton button = new JToggleButton(area.label());
            button.setName("nav-" + area.name().toLowerCase(Locale.ROOT));
            button.putClientProperty("JButton.buttonType", "toolBarButton");
            button.setHorizontalAlignment(JToggleButton.LEADING);
            // the keyboard belongs to the area shown (Ctrl+1…Ctrl+5 switch): a focused item would look like a second selection
            button.setFocusable(false);
            button.setToolTipText(Texts.text("area.tip", area.label(), String.valueOf(area.ordinal() + 1)));
            button.addActionListener(e -> onSelect.accept(area));
            group.add(button);
            buttons.put(area, button);
            add(button, "h 32!");
        }
    }

    void select(Area area) {
        buttons.get(area).setSelected(true);
    }
}
