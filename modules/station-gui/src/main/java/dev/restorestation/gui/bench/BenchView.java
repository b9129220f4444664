package dev.restorestation.gui.bench;

import java.awt.Component;
import java.util.List;

/** What the controller needs of the bench on screen. */
public interface BenchView {

    void show(List<SlotTile> tiles);

    List<SlotTile> selected();

    void select(String slotKey);

    /** The component dialogs are centred on. */
    Component component();
}
