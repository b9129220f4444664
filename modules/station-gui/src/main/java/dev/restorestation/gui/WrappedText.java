package dev.restorestation.gui;

import javax.swing.JTextArea;

/**
 * A paragraph of secondary text that wraps at word boundaries instead of being clipped; lighter
 * to start than an HTML label.
 */
public final class WrappedText extends JTextArea {

    public WrappedText(String text) {
        super(text);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary; font: $Label.font; margin: 0,0,0,0");
        setBorder(null);
    }
}
