package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_1;
import static java.awt.event.KeyEvent.VK_5;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Component;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Settings opens at its top, its heading whole, however its fields were filled while it was built. */
class SettingsAtTheBenchTest extends AtTheBench {

    @Test
    void settingsOpensAtItsTopEachTime() throws Exception {
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));

        for (int visit = 1; visit <= 2; visit++) {
            hands.chord(VK_CONTROL, VK_5);
            Component settings = station.find("area-settings");
            Ui.await(() -> Ui.onEdt(settings::isShowing), showing -> showing, 10);
            JViewport viewport = Ui.onEdt(() -> (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, settings));
            Thread.sleep(300); // the fields' own requests to be scrolled to come after the page shows
            assertThat(Ui.onEdt(() -> viewport.getViewPosition().y)).as("visit " + visit).isZero();
            hands.wheel(viewport, 5);
            assertThat(Ui.await(() -> viewport.getViewPosition().y, y -> y > 0, 10))
                    .as("the wheel scrolled the page down").isPositive();
            hands.chord(VK_CONTROL, VK_1);
        }
    }
}
