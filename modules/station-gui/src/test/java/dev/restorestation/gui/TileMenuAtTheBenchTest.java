package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_F10;
import static java.awt.event.KeyEvent.VK_RIGHT;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.testing.HostRequirement;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.nio.file.Path;
import javax.swing.JPopupMenu;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The tile menu a right-click opens, reached from the keyboard with Shift+F10 or the Menu key. */
class TileMenuAtTheBenchTest extends AtTheBench {

    @Test
    void shiftF10OpensTheMenuOfTheTileTheKeyboardIsOn() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-1"));
        hands.chord(VK_RIGHT);

        hands.chord(VK_SHIFT, VK_F10);

        JPopupMenu menu = Ui.await(TileMenuAtTheBenchTest::openMenu, open -> open != null, 10);
        assertThat(Ui.onEdt(() -> SwingUtilities.isDescendingFrom(menu.getInvoker(), station.find("tile-2"))))
                .as("opened on slot 2's tile").isTrue();
        assertThat(station.selectedSlots()).containsExactly("2");
        hands.chord(VK_ESCAPE);
        assertThat(Ui.await(TileMenuAtTheBenchTest::openMenu, open -> open == null, 10)).isNull();
    }

    @Test
    void theMenuKeyOpensItToo() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-3"));
        // Robot cannot press Menu on Xvfb, whose key map has no key for it; xdotool maps one for the press
        Path xdotool = HostRequirement.program("xdotool");

        assertThat(new ProcessBuilder(xdotool.toString(), "key", "Menu").inheritIO().start().waitFor()).isZero();

        JPopupMenu menu = Ui.await(TileMenuAtTheBenchTest::openMenu, open -> open != null, 10);
        assertThat(Ui.onEdt(() -> SwingUtilities.isDescendingFrom(menu.getInvoker(), station.find("tile-3")))).isTrue();
        hands.chord(VK_ESCAPE);
    }

    private static JPopupMenu openMenu() {
        MenuElement[] path = MenuSelectionManager.defaultManager().getSelectedPath();
        return path.length > 0 && path[0] instanceof JPopupMenu popup && popup.isShowing() ? popup : null;
    }
}
