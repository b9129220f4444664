package dev.restorestation.gui.shell;

import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** An area whose content is not part of this build yet; it says so plainly. */
final class ComingArea extends JPanel {

    ComingArea(Area area, String whatItWillShow) {
        super(new MigLayout("insets 24, wrap", "[grow]"));
        setName("area-" + area.name().toLowerCase(Locale.ROOT));
        JLabel title = new JLabel(area.label());
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JLabel text = new JLabel("<html>" + whatItWillShow + "</html>");
        text.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(title);
        add(text, "wmin 0, growx");
    }
}
