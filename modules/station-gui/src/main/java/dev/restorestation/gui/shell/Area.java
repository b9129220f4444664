package dev.restorestation.gui.shell;

import dev.restorestation.gui.Texts;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** The window's areas, in the order of the navigation bar, each with its Ctrl+number shortcut. */
public enum Area {
    BENCH(KeyEvent.VK_1),
    FIRMWARE(KeyEvent.VK_2),
    HISTORY(KeyEvent.VK_3),
    DASHBOARD(KeyEvent.VK_4),
    SETTINGS(KeyEvent.VK_5);

    private final int key;

    Area(int key) {
        this.key = key;
    }

    public String label() {
        return Texts.text("area." + name());
    }

    public KeyStroke shortcut() {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK);
    }
}
