package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_ALT;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_D;
import static java.awt.event.KeyEvent.VK_F;
import static java.awt.event.KeyEvent.VK_R;
import static java.awt.event.KeyEvent.VK_U;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** The bench filtered with the keyboard: counts on each filter, and an empty filter says so. */
class FilterAtTheBenchTest extends AtTheBench {

    @Test
    void altLettersFilterTheTilesAndAFilterThatHidesAllSaysSoAndGivesThemBack() throws Exception {
        station.restores.failFirstAttempt(FakeBench.benchOf(3).devices().get(1).ecid(), 4013);
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(3));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-1\n");
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-2\n");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);

        hands.chord(VK_ALT, VK_R);
        assertThat(nothingShown()).isEqualTo("No running tiles");
        station.screenshot("filter-nothing-running");

        hands.chord(VK_ALT, VK_D);
        assertThat(Ui.await(() -> showing("tile-3"), shown -> shown, 10)).isTrue();
        assertThat(text("filter-ready")).isEqualTo("Ready 3");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_A);
        hands.chord(VK_CONTROL, VK_U);
        Ui.await(() -> station.tile("2").job(), job -> job instanceof JobState.Failed, 10);
        Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Succeeded, 10);

        hands.chord(VK_ALT, VK_F);
        assertThat(Ui.await(() -> showing("tile-2") && !showing("tile-1") && !showing("tile-3"), shown -> shown, 10)).isTrue();
        assertThat(text("filter-failed")).isEqualTo("Failed 1");
        assertThat(text("filter-all")).isEqualTo("All 3");
        assertThat(text("filter-ready")).isEqualTo("Ready 1");

        hands.chord(VK_ALT, VK_R);
        assertThat(nothingShown()).isEqualTo("No running tiles");
        hands.click(station.find("bench-show-all"));
        assertThat(Ui.await(() -> showing("tile-1") && showing("tile-2") && showing("tile-3"), shown -> shown, 10)).isTrue();
        assertThat(Ui.onEdt(() -> ((AbstractButton) Ui.findOrNull(station.frame, "filter-all")).isSelected())).isTrue();
    }

    private String nothingShown() throws Exception {
        return Ui.await(() -> showing("bench-nothing-shown-title")
                ? ((JLabel) Ui.findOrNull(station.frame, "bench-nothing-shown-title")).getText() : null,
                text -> text != null, 10);
    }

    private boolean showing(String name) throws Exception {
        return Ui.showing(station.frame, name);
    }

    private String text(String name) throws Exception {
        return Ui.onEdt(() -> ((AbstractButton) Ui.findOrNull(station.frame, name)).getText());
    }
}
