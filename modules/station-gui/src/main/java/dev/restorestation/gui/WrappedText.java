package dev.restorestation.gui;

import java.util.Objects;
import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;

/**
 * A paragraph of secondary text that wraps at word boundaries instead of being clipped; lighter
 * to start than an HTML label.
 */
public class WrappedText extends JTextArea {

    public WrappedText(String text) {
        super(text);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        // nobody types here: a caret that follows new text would post an event of its own per change
        ((DefaultCaret) getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary; font: $Label.font; margin: 0,0,0,0");
        setBorder(null);
    }

    /**
     * Like a label, replaces its text only when it changes: a text area rebuilds its document,
     * lays out its wrapped lines again and asks its parents to do so on every call, and tiles
     * set theirs every second.
     */
    @Override
    public void setText(String text) {
        if (!Objects.equals(text == null ? "" : text, getText())) {
            super.setText(text);
        }
    }
}
