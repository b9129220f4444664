package dev.restorestation.gui.bench;

import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.JLabel;

/** A one-line label that chooses what it shows by the width it is given, again at each new width. */
abstract class WidthFittedLabel extends JLabel {

    /** What to show in {@code room} pixels; {@code room} is 0 or less before the label is first laid out. */
    abstract String textFor(int room, FontMetrics metrics);

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        fit();
    }

    /** Chooses again, after the text to fit changed. */
    final void fit() {
        Insets insets = getInsets();
        String shown = textFor(getWidth() - insets.left - insets.right, getFontMetrics(getFont()));
        if (!shown.equals(getText())) {
            setText(shown);
        }
    }
}
