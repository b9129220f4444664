package dev.restorestation.gui.bench;

import dev.restorestation.core.ticket.Ticket;
import java.util.List;
import java.util.Optional;

/**
 * What the controller needs of the bench on screen, its questions and dialogs included: the
 * controller opens no window itself, so it can be driven without a display.
 */
public interface BenchView {

    void show(List<SlotTile> tiles);

    List<SlotTile> selected();

    void select(String slotKey);

    /** The selected tile the keyboard is on (the one last clicked or moved to), if any. */
    Optional<String> focusedTile();

    /**
     * Tells what the last scan did, beside the barcode field, in forms longest first (the whole text
     * first); {@code refused} when nothing changed.
     */
    void scanOutcome(boolean refused, String... forms);

    /** "Replace R-1 with R-2 on slot 4?"; true to replace. */
    boolean confirmReplace(SlotTile tile, Ticket ticket);

    /** Asks before stopping running restores; true to stop them. */
    boolean confirmCancel(List<SlotTile> running);

    /** "Erase wipes everything on these devices"; true to erase. */
    boolean confirmErase(List<SlotTile> tiles);

    /** Asks for the ticket's customer note, starting from {@code current}; empty when the technician cancels. */
    Optional<String> askNote(Ticket ticket, String current);

    /** Shows the engine's log of one attempt. */
    void showEngineLog(String title, String log);

    /**
     * Opens the slot calibration (or brings it to the front); {@code onTaught} runs after each slot
     * is taught.
     */
    void calibrate(int suggestedSlots, Runnable onTaught);

    /** "Erase slots 4 and 5 though their build's signing could not be checked?", in one question; true to erase them all. */
    boolean confirmUncheckedErase(List<SlotTile> tiles, String why);

    /**
     * Asks which build the devices get; {@code choices} starts with {@link BuildOption#LATEST_FOR_EACH}.
     * Empty when the technician cancels.
     */
    Optional<BuildOption> chooseBuild(List<SlotTile> tiles, List<BuildOption> choices);

    /** A restore ended on this tile (done, failed or refused): tell the technician away from the window. */
    void restoreEnded(SlotTile tile);
}
