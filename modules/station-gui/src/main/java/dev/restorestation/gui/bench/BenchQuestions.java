package dev.restorestation.gui.bench;

import dev.restorestation.core.ticket.Ticket;
import java.awt.Component;
import java.time.Instant;
import java.util.List;
import javax.swing.JOptionPane;

/**
 * The bench's questions before it loses something. Each defaults to keeping things as they are:
 * a scanner's Enter or a stray Space lands on the safe answer.
 */
final class BenchQuestions {

    private BenchQuestions() {
    }

    static boolean replace(Component parent, SlotTile tile, Ticket ticket) {
        String slot = "slot " + tile.slot().label();
        StringBuilder text = new StringBuilder("Replace ").append(tile.ticket().id()).append(" with ")
                .append(ticket.id()).append(" on ").append(slot).append('?');
        if (!(tile.job() instanceof JobState.Idle)) {
            text.append("\n\nThe tile's result (").append(TileText.status(tile, Instant.now()))
                    .append(") and ticked fixes are cleared; the history keeps them.");
        }
        return ask(parent, text.toString(), "Replace the ticket?", "Replace", "Keep " + tile.ticket().id());
    }

    static boolean cancel(Component parent, List<SlotTile> running) {
        StringBuilder text = new StringBuilder("Stop ")
                .append(running.size() == 1 ? "this restore" : "these " + running.size() + " restores").append("?\n\n");
        for (SlotTile tile : running) {
            text.append("  Slot ").append(tile.slot().label()).append(" · ticket ").append(tile.ticket().id())
                    .append(" · ").append(TileText.status(tile, Instant.now())).append('\n');
        }
        text.append("\nA device stopped mid-restore stays in Recovery mode until it is restored again.");
        return ask(parent, text.toString(), "Cancel restores?",
                running.size() == 1 ? "Stop restore" : "Stop " + running.size() + " restores", "Keep restoring");
    }

    /** The reason can be long (a network error), so the question wraps at a readable width. */
    static boolean uncheckedErase(Component parent, List<SlotTile> tiles, String why) {
        StringBuilder text = new StringBuilder("<html><body style='width: 420px'><p>").append(escaped(why)).append(".</p><br>");
        if (tiles.size() == 1) {
            text.append("<p>Erase ").append(slot(tiles.get(0))).append(" anyway? ");
        } else {
            text.append("<p>Erase these ").append(tiles.size()).append(" devices anyway?</p><ul>");
            tiles.forEach(tile -> text.append("<li>").append(slot(tile)).append("</li>"));
            text.append("</ul><p>");
        }
        text.append("If Apple no longer signs the build, ").append(tiles.size() == 1 ? "the device stays" : "each device stays")
                .append(" in Recovery mode until it is restored with a signed one.</p></body></html>");
        return ask(parent, text.toString(), "Signing not checked",
                tiles.size() == 1 ? "Erase anyway" : "Erase " + tiles.size() + " anyway", "Don't erase");
    }

    /** "slot 4 (iPhone 13 Pro, ticket R-1)" */
    private static String slot(SlotTile tile) {
        return "slot " + escaped(tile.slot().label()) + " (" + escaped(tile.device().name()) + ", ticket "
                + escaped(tile.ticket().id()) + ")";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static boolean ask(Component parent, String text, String title, String yes, String no) {
        Object[] options = {yes, no};
        return JOptionPane.showOptionDialog(parent, text, title, JOptionPane.DEFAULT_OPTION,
                JOptionPane.QUESTION_MESSAGE, null, options, options[1]) == 0;
    }
}
