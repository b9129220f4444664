package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_F;
import static java.awt.event.KeyEvent.VK_L;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static java.awt.event.KeyEvent.VK_U;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.gui.bench.JobState;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.DataFlavor;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;

/** The engine log of a failed restore, opened, searched, copied and closed with the keyboard. */
class EngineLogAtTheBenchTest extends AtTheBench {

    private static final String LOG = "starting the restore\nERROR: unable to send iBEC (4013)\nretrying\nerror: device lost\n";

    @Test
    void theLogSaysWhoseItIsAndIsSearchedCopiedAndClosedFromTheKeyboard() throws Exception {
        station.restores.failFirstAttempt(FakeBench.benchOf(1).devices().get(0).ecid(), 4013);
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_B);
        hands.type("R-7\n");
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_U);
        JobState.Failed failed = (JobState.Failed) Ui.await(() -> station.tile("1").job(), job -> job instanceof JobState.Failed, 10);
        station.attempts.log(failed.attemptId(), LOG);

        hands.chord(VK_CONTROL, VK_L);
        Window log = OpenStation.window("Engine log");
        assertThat(((Dialog) log).getTitle())
                .isEqualTo("Engine log · slot 1 · ticket R-7 · attempt " + failed.attemptId() + " · Error 4013 · USB connection");
        assertThat(Ui.onEdt(log::getWidth)).isEqualTo(UIScale.scale(860));

        hands.chord(VK_CONTROL, VK_F);
        hands.type("error");
        JTextArea text = Ui.find(log, "engine-log-text");
        assertThat(Ui.onEdt(() -> text.getHighlighter().getHighlights().length)).isEqualTo(2);
        hands.chord(VK_ENTER);
        assertThat(Ui.onEdt(() -> text.getHighlighter().getHighlights().length)).as("the current one outlined too").isEqualTo(3);
        hands.chord(VK_ENTER);
        assertThat(Ui.onEdt(() -> ((JLabel) Ui.find(log, "engine-log-matches")).getText())).isEqualTo("2 of 2");
        assertThat(Ui.onEdt(text::getSelectionStart)).isEqualTo(LOG.indexOf("error: device"));
        hands.chord(VK_SHIFT, VK_ENTER);
        assertThat(Ui.onEdt(text::getSelectionStart)).isEqualTo(LOG.indexOf("ERROR"));
        station.screenshot("engine-log");

        Ui.run(() -> text.select(0, 0));
        hands.click(Ui.find(log, "engine-log-copy"));
        assertThat(Ui.onEdt(() -> Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor)))
                .isEqualTo(LOG);

        hands.chord(VK_ESCAPE);
        assertThat(Ui.await(log::isShowing, showing -> !showing, 10)).isFalse();
    }
}
