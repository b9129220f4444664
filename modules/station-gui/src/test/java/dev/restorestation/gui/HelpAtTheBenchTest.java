package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_ALT;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_F1;
import static java.awt.event.KeyEvent.VK_H;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.actions.StationAction;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** The Help menu as a new technician finds it: F1 for the keys, About for what support asks. */
class HelpAtTheBenchTest extends AtTheBench {

    @Test
    void f1ShowsEveryShortcutAndEscapeClosesIt() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(2));
        hands.click(station.find("tile-1"));

        hands.chord(VK_F1);
        Window sheet = OpenStation.window("Keyboard shortcuts");
        List<String> rows = Ui.onEdt(() -> {
            JTable table = Ui.find(sheet, "shortcut-sheet");
            List<String> read = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                read.add(table.getValueAt(row, 0) + " = " + table.getValueAt(row, 1));
            }
            return read;
        });
        assertThat(rows).contains("Ctrl+Shift+E = Erase", "Ctrl+Delete = Clear", "Ctrl+3 = Show History", "Ctrl+Q = Quit");
        assertThat(rows).hasSizeGreaterThan(StationAction.values().length);

        hands.chord(VK_ESCAPE);
        assertThat(Ui.await(sheet::isShowing, showing -> !showing, 10)).isFalse();
    }

    @Test
    void aboutNamesTheVersionTheEngineAndTheDataDirectory() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));

        hands.chord(VK_ALT, VK_H);
        hands.chord(VK_A);
        Window about = OpenStation.window("About Restore Station");

        assertThat(field(about, "about-version")).isEqualTo("test");
        assertThat(field(about, "about-restore-engine")).contains("idevicerestore", "1.0.0");
        assertThat(field(about, "about-data-directory")).isEqualTo("/tmp/station-test");

        hands.chord(VK_ESCAPE);
        assertThat(Ui.await(about::isShowing, showing -> !showing, 10)).isFalse();
    }

    private static String field(Window window, String name) throws Exception {
        return Ui.onEdt(() -> Ui.<JTextField>find(window, name).getText());
    }
}
