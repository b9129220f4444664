package dev.restorestation.gui.bench;

import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
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
        StringBuilder text = new StringBuilder(Texts.text("question.replace", tile.ticket().id(), ticket.id(),
                tile.slot().label()));
        if (!(tile.job() instanceof JobState.Idle)) {
            text.append("\n\n").append(Texts.text("question.replace.result", TileText.status(tile, Instant.now())));
        }
        return ask(parent, text.toString(), Texts.text("question.replace.title"), Texts.text("question.replace.yes"),
                Texts.text("question.replace.no", tile.ticket().id()));
    }

    static boolean cancel(Component parent, List<SlotTile> running) {
        StringBuilder text = new StringBuilder(Texts.text("question.cancel", running.size())).append("\n\n");
        for (SlotTile tile : running) {
            text.append("  ").append(Texts.text("question.cancel.line", tile.slot().label(), tile.ticket().id(),
                    TileText.status(tile, Instant.now()))).append('\n');
        }
        text.append('\n').append(Texts.text("question.cancel.recovery"));
        return ask(parent, text.toString(), Texts.text("question.cancel.title"),
                Texts.text("question.cancel.yes", running.size()), Texts.text("quit.no"));
    }

    /** The reason can be long (a network error), so the question wraps at a readable width. */
    static boolean uncheckedErase(Component parent, List<SlotTile> tiles, String why) {
        StringBuilder text = new StringBuilder("<html><body style='width: 420px'><p>").append(escaped(why)).append(".</p><br>");
        if (tiles.size() == 1) {
            text.append("<p>").append(escaped(Texts.text("question.unchecked.one", slot(tiles.get(0))))).append(' ');
        } else {
            text.append("<p>").append(escaped(Texts.text("question.unchecked.many", tiles.size()))).append("</p><ul>");
            tiles.forEach(tile -> text.append("<li>").append(escaped(slot(tile))).append("</li>"));
            text.append("</ul><p>");
        }
        text.append(escaped(Texts.text("question.unchecked.recovery", tiles.size()))).append("</p></body></html>");
        return ask(parent, text.toString(), Texts.text("question.unchecked.title"),
                Texts.text("question.unchecked.yes", tiles.size()), Texts.text("question.unchecked.no"));
    }

    /** "slot 4 (iPhone 13 Pro, ticket R-1)" */
    private static String slot(SlotTile tile) {
        return Texts.text("question.unchecked.slot", tile.slot().label(), TileText.deviceName(tile.device()), tile.ticket().id());
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
