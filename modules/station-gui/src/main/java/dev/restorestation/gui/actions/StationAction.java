package dev.restorestation.gui.actions;

import dev.restorestation.gui.Texts;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Every bench action, once: its shortcut, and its label and tooltip from the texts, shared by menu, toolbar and tile popup. */
public enum StationAction {
    ASSIGN_TICKET(KeyEvent.VK_T, 0),
    UPDATE(KeyEvent.VK_U, 0),
    CHOOSE_BUILD(KeyEvent.VK_B, InputEvent.SHIFT_DOWN_MASK),
    ERASE(KeyEvent.VK_E, InputEvent.SHIFT_DOWN_MASK),
    CANCEL(KeyEvent.VK_X, InputEvent.SHIFT_DOWN_MASK),
    CLEAR(KeyEvent.VK_DELETE, 0),
    ENGINE_LOG(KeyEvent.VK_L, 0),
    FIX_APPLIED(KeyEvent.VK_F, 0),
    RETRY(KeyEvent.VK_R, 0),
    SELECT_ALL(KeyEvent.VK_A, 0),
    CUSTOMER_NOTE(KeyEvent.VK_N, 0),
    SCAN_TICKET(KeyEvent.VK_B, 0),
    UPDATE_ALL_READY(KeyEvent.VK_U, InputEvent.SHIFT_DOWN_MASK),
    RETRY_USB_FAILURES(KeyEvent.VK_R, InputEvent.SHIFT_DOWN_MASK),
    CLEAR_FINISHED(KeyEvent.VK_DELETE, InputEvent.SHIFT_DOWN_MASK),
    DEVICE_HISTORY(KeyEvent.VK_H, 0),
    PRINT_LABEL(KeyEvent.VK_P, 0),
    REPORT(KeyEvent.VK_D, InputEvent.SHIFT_DOWN_MASK),
    GUIDE_DFU(KeyEvent.VK_G, 0),
    POWER_CYCLE(KeyEvent.VK_P, InputEvent.SHIFT_DOWN_MASK),
    CALIBRATE(KeyEvent.VK_K, InputEvent.SHIFT_DOWN_MASK);

    private final int key;
    private final int extraModifiers;

    StationAction(int key, int extraModifiers) {
        this.key = key;
        this.extraModifiers = extraModifiers;
    }

    /** The label in the station's language. */
    public String label() {
        return Texts.text("action." + name() + ".label");
    }

    public String description() {
        return Texts.text("action." + name() + ".tip");
    }

    public KeyStroke shortcut() {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | extraModifiers);
    }
}
