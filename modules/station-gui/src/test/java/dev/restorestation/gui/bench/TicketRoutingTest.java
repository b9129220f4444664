package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketRoutingTest {

    private final Ticket scanned = new Ticket("R-9");
    private final SlotTile one = tile(1);
    private final SlotTile two = tile(2).withTicket(new Ticket("R-2"));
    private final SlotTile three = tile(3);
    private final SlotTile four = tile(4);
    private final List<SlotTile> bench = List.of(one, two, three, four);

    @Test
    void theFocusedTileComesFirstThenTheNextFreeOneIsOffered() {
        TicketRouting.Route route = TicketRouting.route(scanned, bench, List.of(one, three), three.key());

        assertThat(route).isEqualTo(new TicketRouting.Assign(three, Optional.of(four)));
    }

    @Test
    void withNothingSelectedTheFirstFreeTileTakesItAndTheNextSkipsTicketedTiles() {
        assertThat(TicketRouting.route(scanned, bench, List.of(), null))
                .isEqualTo(new TicketRouting.Assign(one, Optional.of(three)));
    }

    @Test
    void aSelectionWhoseTilesAllHaveTicketsIsNeverScannedOver() {
        SlotTile ticketed = one.withTicket(new Ticket("R-1"));

        assertThat(TicketRouting.route(scanned, List.of(ticketed, two), List.of(ticketed, two), null))
                .isEqualTo(new TicketRouting.Rejected("Every selected tile has a ticket: select the one tile for R-9"));
        assertThat(TicketRouting.route(scanned, bench, List.of(two), two.key()))
                .isEqualTo(new TicketRouting.Replace(two, Optional.of(three)));
    }

    @Test
    void anEmptySlotOrTheSameTicketChangesNothing() {
        SlotTile empty = SlotTile.empty(new Slot("1-1.7", "7"));

        assertThat(TicketRouting.route(scanned, List.of(empty), List.of(empty), empty.key()))
                .isEqualTo(new TicketRouting.Rejected("No device in slot 7: select the tile of the phone for R-9"));
        assertThat(TicketRouting.route(new Ticket("R-2"), bench, List.of(two), two.key()))
                .isEqualTo(new TicketRouting.Rejected("R-2 is already on slot 2"));
    }

    @Test
    void aBenchWithoutDevicesSaysSoRatherThanThatEveryDeviceHasATicket() {
        SlotTile empty = SlotTile.empty(new Slot("1-1.7", "7"));
        SlotTile ticketed = one.withTicket(new Ticket("R-1"));

        assertThat(TicketRouting.route(scanned, List.of(), List.of(), null)).isEqualTo(
                new TicketRouting.Rejected("No device on the bench yet: plug in the phone for R-9, then scan again"));
        assertThat(TicketRouting.route(scanned, List.of(empty), List.of(), null)).isEqualTo(
                new TicketRouting.Rejected("No device on the bench yet: plug in the phone for R-9, then scan again"));
        assertThat(TicketRouting.route(scanned, List.of(ticketed, two), List.of(), null)).isEqualTo(
                new TicketRouting.Rejected("Every device on the bench has a ticket: select the tile for R-9"));
    }

    private static SlotTile tile(int slot) {
        return SlotTile.of(new DeviceSnapshot(new Slot("1-1." + slot, Integer.toString(slot)), DeviceMode.DFU,
                new Ecid(0x1000 + slot), null, "iPhone14,2", "iPhone 13 Pro", null));
    }
}
