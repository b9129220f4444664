package dev.restorestation.gui.bench;

import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;

/** Erase wipes the customer's data: name every device and ticket, and default to not doing it. */
final class EraseConfirmation {

    private EraseConfirmation() {
    }

    static boolean confirm(Component parent, List<SlotTile> tiles) {
        StringBuilder text = new StringBuilder("Erase wipes everything on ")
                .append(tiles.size() == 1 ? "this device" : "these " + tiles.size() + " devices")
                .append(":\n\n");
        for (SlotTile tile : tiles) {
            text.append("  ").append(describe(tile)).append('\n');
        }
        text.append("\nThe customer's data cannot be recovered afterwards.");
        String erase = tiles.size() == 1 ? "Erase device" : "Erase " + tiles.size() + " devices";
        Object[] options = {erase, "Cancel"};
        int choice = JOptionPane.showOptionDialog(parent, text.toString(), "Erase and restore?",
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]);
        return choice == 0;
    }

    /** One device's line, the build it gets under it, then the ticket's customer note: it may say the data must be kept. */
    static String describe(SlotTile tile) {
        String device = "Slot " + tile.slot().label() + " · " + tile.device().name()
                + " · ECID " + tile.device().ecid().hex() + " · ticket " + tile.ticket().id()
                + "\n      Gets " + TileText.build(tile);
        return tile.note() == null ? device : device + "\n      Customer note: " + TileText.oneLine(tile.note());
    }
}
