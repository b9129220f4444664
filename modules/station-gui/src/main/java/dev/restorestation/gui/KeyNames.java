package dev.restorestation.gui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.KeyStroke;

/**
 * A key combination as the keyboard in the station's language labels it: "Ctrl+Shift+E",
 * "Strg+Umschalt+E". Swing's own names follow the JVM's locale, not the station's.
 */
public final class KeyNames {

    private KeyNames() {
    }

    public static String of(KeyStroke stroke) {
        List<String> parts = new ArrayList<>();
        int modifiers = stroke.getModifiers();
        if ((modifiers & InputEvent.CTRL_DOWN_MASK) != 0) {
            parts.add(Texts.text("key.ctrl"));
        }
        if ((modifiers & InputEvent.ALT_DOWN_MASK) != 0) {
            parts.add(Texts.text("key.alt"));
        }
        if ((modifiers & InputEvent.SHIFT_DOWN_MASK) != 0) {
            parts.add(Texts.text("key.shift"));
        }
        parts.add(switch (stroke.getKeyCode()) {
            case KeyEvent.VK_DELETE -> Texts.text("key.delete");
            case KeyEvent.VK_ENTER -> Texts.text("key.enter");
            case KeyEvent.VK_ESCAPE -> Texts.text("key.escape");
            default -> KeyEvent.getKeyText(stroke.getKeyCode());
        });
        return String.join("+", parts);
    }
}
