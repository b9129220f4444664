package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;

/** Erase wipes the customer's data: name every device and ticket, and default to not doing it. */
final class EraseConfirmation {

    private EraseConfirmation() {
    }

    static boolean confirm(Component parent, List<SlotTile> tiles) {
        StringBuilder text = new StringBuilder(Texts.text("erase.question", tiles.size())).append("\n\n");
        for (SlotTile tile : tiles) {
            text.append("  ").append(describe(tile)).append('\n');
        }
        text.append('\n').append(Texts.text("erase.lost"));
        Object[] options = {Texts.text("erase.yes", tiles.size()), Texts.text("dialog.cancel")};
        int choice = JOptionPane.showOptionDialog(parent, text.toString(), Texts.text("erase.title"),
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]);
        return choice == 0;
    }

    /** One device's line, the build it gets under it, then the ticket's customer note: it may say the data must be kept. */
    static String describe(SlotTile tile) {
        String device = Texts.text("erase.device", tile.slot().label(), TileText.deviceName(tile.device()), tile.device().ecid().hex(),
                tile.ticket().id()) + "\n      " + Texts.text("tile.gets", TileText.build(tile));
        return tile.note() == null ? device
                : device + "\n      " + Texts.text("erase.note", TileText.oneLine(tile.note()));
    }
}
