package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** What a tile's lines keep when space runs out, how tiles share the window's width, and the barcode field in a small window. */
class TileLinesTest extends AtTheBench {

    @Test
    void aLongTicketKeepsItsTailAndARunningTileItsElapsedTime() throws Exception {
        station.restores.holdUntilCancelled();
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_B);
        hands.type("REPAIR-NORTHSIDE-2026-11-000123-B\n");
        hands.click(station.find("tile-1"));
        hands.click(station.find("action-update"));
        Ui.await(() -> station.tile("1").job(), JobState::active, 10);

        Container tile = (Container) station.find("tile-1");
        JLabel ticket = (JLabel) Ui.onEdt(() -> tile.getComponent(5));
        JLabel clock = (JLabel) Ui.onEdt(() -> tile.getComponent(8));
        assertThat(Ui.await(ticket::getText, text -> text.contains("…"), 10))
                .startsWith("Ticket REPAIR").endsWith("000123-B");
        assertThat(Ui.await(clock::getText, text -> text.matches("\\d+:\\d\\d"), 10)).matches("\\d+:\\d\\d");
        assertThat(Ui.onEdt(() -> clock.isShowing() && clock.getPreferredSize().width <= clock.getWidth())).isTrue();
        station.screenshot("tile-lines");
    }

    @Test
    void inTheSmallestWindowTheBarcodeFieldKeepsARowOfItsOwnAndTakesAScan() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        Ui.run(() -> station.frame.setSize(720, 480));
        Component field = station.find("ticket-field");

        assertThat(Ui.await(field::getWidth, width -> width >= 200, 10)).isGreaterThanOrEqualTo(200);
        hands.click(field);
        hands.type("R-44\n");
        assertThat(Ui.await(() -> station.ticketOf("1"), "R-44"::equals, 10)).isEqualTo("R-44");
        station.screenshot("bench-720x480");
    }

    @Test
    void tilesShareTheRowsWidthInsteadOfLeavingItEmpty() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(12));
        Component first = station.find("tile-12");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);

        Rectangle[] tiles = Ui.onEdt(() -> {
            JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, first);
            Container grid = first.getParent();
            Rectangle row = SwingUtilities.convertRectangle(grid, Ui.findOrNull(grid, "tile-1").getBounds(), viewport);
            int right = 0;
            for (Component tile : grid.getComponents()) {
                if (tile.getY() == Ui.findOrNull(grid, "tile-1").getY()) {
                    right = Math.max(right, SwingUtilities.convertRectangle(grid, tile.getBounds(), viewport).x
                            + tile.getWidth());
                }
            }
            return new Rectangle[] {row, new Rectangle(0, 0, viewport.getWidth() - right, 0)};
        });
        assertThat(tiles[1].width).as("room left at the end of the row").isLessThan(tiles[0].x + 4);
    }
}
