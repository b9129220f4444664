package dev.restorestation.gui.bench;

import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a scanned ticket goes. A scanner types a barcode and Enter in one burst, often several
 * in a row, so a scan only ever lands on one tile without a ticket; a tile that has one is
 * replaced only when the technician says so, and one scan never reaches a whole selection.
 */
final class TicketRouting {

    /** What one scan does. */
    sealed interface Route {
    }

    /** Gives {@code target} the ticket; {@code next} is the tile to select for the next scan, if any. */
    record Assign(SlotTile target, Optional<SlotTile> next) implements Route {
    }

    /** The one selected tile has another ticket: ask before replacing it. */
    record Replace(SlotTile target, Optional<SlotTile> next) implements Route {
    }

    /** Nothing changes, for the reason given. */
    record Rejected(String reason) implements Route {
    }

    private TicketRouting() {
    }

    /**
     * @param tiles    every tile, in slot order
     * @param selected the selected tiles, in slot order
     * @param focusKey the tile the keyboard is on (the last clicked or moved to), or null
     */
    static Route route(Ticket ticket, List<SlotTile> tiles, List<SlotTile> selected, String focusKey) {
        List<SlotTile> candidates = new ArrayList<>();
        selected.stream().filter(tile -> tile.key().equals(focusKey)).forEach(candidates::add);
        candidates.addAll(selected);
        if (selected.isEmpty()) {
            candidates.addAll(tiles);
        }
        Optional<SlotTile> free = candidates.stream().filter(TicketRouting::free).findFirst();
        if (free.isPresent()) {
            return new Assign(free.get(), next(tiles, free.get()));
        }
        if (selected.isEmpty()) {
            boolean noDevice = tiles.stream().noneMatch(SlotTile::present);
            return new Rejected(Texts.text(noDevice ? "scan.noDevices" : "scan.allHaveTickets", ticket.id()));
        }
        if (selected.size() > 1) {
            return new Rejected(Texts.text("scan.selectedHaveTickets", ticket.id()));
        }
        SlotTile tile = selected.get(0);
        String slot = tile.slot().label();
        if (!tile.present()) {
            return new Rejected(Texts.text("scan.noDevice", slot, ticket.id()));
        }
        if (ticket.equals(tile.ticket())) {
            return new Rejected(Texts.text("scan.already", ticket.id(), slot));
        }
        if (tile.job().active()) {
            return new Rejected(Texts.text("scan.restoring", slot, tile.ticket().id()));
        }
        return new Replace(tile, next(tiles, tile));
    }

    /** The next tile after {@code from} in slot order, wrapping round, that can take a ticket. */
    static Optional<SlotTile> next(List<SlotTile> tiles, SlotTile from) {
        int start = tiles.indexOf(from);
        for (int i = 1; i < tiles.size(); i++) {
            SlotTile tile = tiles.get((start + i) % tiles.size());
            if (free(tile) && !tile.key().equals(from.key())) {
                return Optional.of(tile);
            }
        }
        return Optional.empty();
    }

    private static boolean free(SlotTile tile) {
        return tile.present() && tile.ticket() == null;
    }
}
