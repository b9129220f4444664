package dev.restorestation.gui.shell;

import dev.restorestation.gui.WrappedText;
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
        WrappedText text = new WrappedText(whatItWillShow);
        add(title);
        add(text, "wmin 0, growx");
    }
}
