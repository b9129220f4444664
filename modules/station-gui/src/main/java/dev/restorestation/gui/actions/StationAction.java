package dev.restorestation.gui.actions;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Every bench action, once: its label, shortcut and tooltip, shared by menu, toolbar and tile popup. */
public enum StationAction {
    ASSIGN_TICKET("Assign ticket…", KeyEvent.VK_T, 0, "Give the selected devices a repair ticket (or scan it into the barcode field)"),
    UPDATE("Update", KeyEvent.VK_U, 0, "Restore keeping the customer's data"),
    CHOOSE_BUILD("Choose build…", KeyEvent.VK_B, InputEvent.SHIFT_DOWN_MASK,
            "Pick the build the selected devices get: each one's latest signed build unless you pick another"),
    ERASE("Erase…", KeyEvent.VK_E, InputEvent.SHIFT_DOWN_MASK, "Restore and wipe the device (asks to confirm)"),
    CANCEL("Cancel…", KeyEvent.VK_X, InputEvent.SHIFT_DOWN_MASK, "Stop the selected restores (asks to confirm)"),
    CLEAR("Clear", KeyEvent.VK_DELETE, 0,
            "Remove ticket, note and result from the selected tiles, ready for the next phones (the history keeps them)"),
    ENGINE_LOG("Engine log", KeyEvent.VK_L, 0, "Show the engine's log of the last attempt"),
    FIX_APPLIED("Fix applied", KeyEvent.VK_F, 0, "Tick the fixes you applied, then retry"),
    RETRY("Retry with fixes", KeyEvent.VK_R, 0, "Restore again, recording the fixes you ticked"),
    SELECT_ALL("Select all", KeyEvent.VK_A, 0, "Select every tile"),
    CUSTOMER_NOTE("Customer note…", KeyEvent.VK_N, 0,
            "Note what the customer asked for on the selected devices' ticket: shown on the tile and before an erase"),
    SCAN_TICKET("Scan ticket", KeyEvent.VK_B, 0, "Put the cursor in the barcode field"),
    UPDATE_ALL_READY("Update all ready", KeyEvent.VK_U, InputEvent.SHIFT_DOWN_MASK,
            "Update every device with a ticket that has not been restored yet, selected or not"),
    RETRY_USB_FAILURES("Retry USB-connection failures", KeyEvent.VK_R, InputEvent.SHIFT_DOWN_MASK,
            "Restore again every device that failed on a dropped USB link (an erase among them asks first)"),
    CLEAR_FINISHED("Clear finished", KeyEvent.VK_DELETE, InputEvent.SHIFT_DOWN_MASK,
            "Ready every tile whose restore succeeded or was cancelled for the next phone; failures stay"),
    DEVICE_HISTORY("Device history", KeyEvent.VK_H, 0,
            "Show every attempt on the selected device in History, across its tickets"),
    PRINT_LABEL("Print label…", KeyEvent.VK_P, 0,
            "Print the selected device's label (ticket, model, outcome, date, QR code) or save it as a PDF"),
    REPORT("Report…", KeyEvent.VK_D, InputEvent.SHIFT_DOWN_MASK,
            "Save the restore and erasure report of the selected device's ticket as a PDF, for the customer"),
    GUIDE_DFU("Guide into DFU…", KeyEvent.VK_G, 0,
            "Show the selected device's button steps into DFU mode with a countdown, and watch its slot"),
    POWER_CYCLE("Power-cycle slot", KeyEvent.VK_P, InputEvent.SHIFT_DOWN_MASK,
            "Turn the selected slot's USB port off for 2 s and on again, to restart a stuck device (hubs that switch each port only)"),
    CALIBRATE("Calibrate slots…", KeyEvent.VK_K, InputEvent.SHIFT_DOWN_MASK,
            "Teach the station which hub port is which slot: plug a device into slot 1, then 2…");

    private final String label;
    private final int key;
    private final int extraModifiers;
    private final String description;

    StationAction(String label, int key, int extraModifiers, String description) {
        this.label = label;
        this.key = key;
        this.extraModifiers = extraModifiers;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public KeyStroke shortcut() {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | extraModifiers);
    }
}
