package dev.restorestation.gui.dashboard;

import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** One figure in large type with a caption under it: "12 / attempts today". */
final class FigureTile extends JPanel {

    private final JLabel value = new JLabel("–");
    private final JLabel caption = new JLabel();

    FigureTile(String name, String captionText) {
        super(new MigLayout("insets 10 14 10 14, wrap", "[grow]", "[]0[]"));
        setName(name);
        value.setName(name + "-value");
        caption.setName(name + "-caption");
        putClientProperty("FlatLaf.style", "background: $Station.tile.background; border: 1,1,1,1,$Station.tile.border,1,8");
        value.putClientProperty("FlatLaf.styleClass", "h1");
        caption.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        caption.setText(captionText);
        add(value, "wmin 0");
        add(caption, "wmin 0");
    }

    /** @param colourKey the theme key for the value's colour, or null for the normal text colour */
    void show(String figure, String captionText, String colourKey) {
        value.setText(figure);
        caption.setText(captionText);
        caption.setToolTipText(captionText);
        value.putClientProperty("FlatLaf.style", colourKey == null ? null : "foreground: $" + colourKey);
    }

    String valueText() {
        return value.getText();
    }

    String captionText() {
        return caption.getText();
    }
}
