package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_B;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_F;
import static java.awt.event.KeyEvent.VK_L;
import static java.awt.event.KeyEvent.VK_SHIFT;
import static java.awt.event.KeyEvent.VK_SPACE;
import static java.awt.event.KeyEvent.VK_TAB;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine log of a failed restore, opened, searched, copied and closed with the keyboard. */
class EngineLogAtTheBenchTest extends AtTheBench {

    private static final String LOG = "starting the restore\nERROR: unable to send iBEC (4013)\nretrying\nerror: device lost\n";

    @Test
    void theLogSaysWhoseItIsAndIsSearchedCopiedAndClosedFromTheKeyboard() throws Exception {
        long attempt = failedWithLog();

        hands.chord(VK_CONTROL, VK_L);
        Window log = OpenStation.window("Engine log");
        assertThat(((Dialog) log).getTitle())
                .isEqualTo("Engine log · slot 1 · ticket R-7 · attempt " + attempt + " · Error 4013 · USB connection");
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

    @Test
    void saveWritesTheWholeLogWhereTheTechnicianChoseAndSaysWhere(@TempDir Path folder) throws Exception {
        long attempt = failedWithLog();
        hands.chord(VK_CONTROL, VK_L);
        Window log = OpenStation.window("Engine log");

        hands.click(Ui.find(log, "engine-log-save"));
        Window chooser = OpenStation.window("Save the engine log");
        JTextField name = Ui.onEdt(() -> focusedField(chooser));
        String suggested = Ui.onEdt(name::getText);
        assertThat(suggested).as("the name says whose log it is")
                .isEqualTo("Engine-log-slot-1-ticket-R-7-attempt-" + attempt + "-Error-4013-USB-connection.log");
        Path file = folder.resolve("slot1.log");
        hands.chord(VK_CONTROL, VK_A);
        hands.type(file + "\n");

        JLabel said = Ui.find(log, "engine-log-matches");
        String saved = Ui.await(() -> said.getText(), text -> text.startsWith("Saved"), 10);
        assertThat(saved).isEqualTo("Saved to " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(LOG);
    }

    @Test
    void savingOverAnOlderLogAsksFirstAndEnterKeepsTheOlderOne(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("slot1.log"), "an older log\n");
        failedWithLog();
        hands.chord(VK_CONTROL, VK_L);
        Window log = OpenStation.window("Engine log");
        hands.click(Ui.find(log, "engine-log-save"));
        Window chooser = OpenStation.window("Save the engine log");
        hands.chord(VK_CONTROL, VK_A);
        hands.type(folder.resolve("slot1") + "\n");

        Window question = OpenStation.window("Replace the file?");
        station.screenshot("engine-log-replace", question);
        hands.chord(VK_ENTER);
        assertThat(Ui.await(question::isShowing, showing -> !showing, 10)).isFalse();
        assertThat(Ui.onEdt(chooser::isShowing)).as("the chooser stays open for another name").isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("an older log\n");

        hands.chord(VK_ENTER);
        OpenStation.window("Replace the file?");
        hands.chord(VK_SHIFT, VK_TAB);
        hands.chord(VK_SPACE);
        JLabel said = Ui.find(log, "engine-log-matches");
        assertThat(Ui.await(() -> said.getText(), text -> text.startsWith("Saved"), 10)).isEqualTo("Saved to " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(LOG);
    }

    @Test
    void aLogThatCannotBeSavedSaysWhyAndKeepsTheWindowOpen(@TempDir Path folder) throws Exception {
        failedWithLog();
        hands.chord(VK_CONTROL, VK_L);
        Window log = OpenStation.window("Engine log");

        hands.click(Ui.find(log, "engine-log-save"));
        OpenStation.window("Save the engine log");
        hands.chord(VK_CONTROL, VK_A);
        hands.type(folder.resolve("no-such-folder").resolve("slot1.log") + "\n");

        JLabel said = Ui.find(log, "engine-log-matches");
        String notSaved = Ui.await(() -> said.getText(), text -> text.startsWith("Not saved"), 10);
        assertThat(notSaved).startsWith("Not saved: ");
        assertThat(Ui.onEdt(log::isShowing)).isTrue();
    }

    /** A restore of slot 1 under ticket R-7 that failed with 4013 and left {@link #LOG}; returns its attempt id. */
    private long failedWithLog() throws Exception {
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
        return failed.attemptId();
    }
}
