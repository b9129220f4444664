package dev.restorestation.gui;

import static java.awt.event.KeyEvent.VK_A;
import static java.awt.event.KeyEvent.VK_BACK_SPACE;
import static java.awt.event.KeyEvent.VK_CONTROL;
import static java.awt.event.KeyEvent.VK_ENTER;
import static java.awt.event.KeyEvent.VK_ESCAPE;
import static java.awt.event.KeyEvent.VK_F;
import static java.awt.event.KeyEvent.VK_H;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.testing.KnownSlots;
import dev.restorestation.gui.testing.Ui;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.Highlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine log of a phone that has left its slot, read from History: the deciding line
 * highlighted, then searched and saved from the keyboard as at the bench.
 */
class EngineLogInHistoryTest extends AtTheBench {

    private static final String LOG = "starting the restore\nERROR: unable to send iBEC (4013)\nGerät getrennt\nerror: device lost\n";

    @Test
    void historysLogShowsTheDecidingLineAndIsSearchedAndSavedWhole(@TempDir Path folder) throws Exception {
        station.logReader = log -> IntStream.range(0, log.split("\n").length)
                .filter(line -> log.split("\n")[line].startsWith("ERROR")).mapToObj(line -> (long) line + 1).toList();
        Ecid phone = FakeBench.benchOf(1).devices().get(0).ecid();
        long attempt = 41;
        station.attempts.put(new RestoreAttempt(attempt, new Ticket("R-7"), null, phone, null, "iPhone14,2", "1", "23B85",
                DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "ana", Instant.now().minusSeconds(600),
                Instant.now().minusSeconds(300), AttemptOutcome.FAILED, 4013, -1, ErrorCategory.USB_CONNECTION,
                "unable to send iBEC", List.of(), null), List.of());
        station.attempts.log(attempt, LOG);
        station.open(KnownSlots.none());
        station.bench.publish(FakeBench.benchOf(1));
        hands.click(station.find("tile-1"));
        hands.chord(VK_CONTROL, VK_H);
        hands.click(station.find("history-engine-log-button"));

        Window log = OpenStation.window("Engine log — attempt " + attempt + ", ticket R-7");
        JTextArea text = Ui.find(log, "engine-log-text");
        Ui.await(() -> Ui.onEdt(text::getText), shown -> shown.equals(LOG), 10);
        assertThat(Ui.onEdt(() -> marked(text))).as("the deciding line").containsExactly(LOG.split("\n")[1] + "\n");
        assertThat(Ui.onEdt(() -> ((JLabel) Ui.find(log, "engine-log-evidence")).getText()))
                .isEqualTo("Highlighted: the line that decided the diagnosis");

        hands.chord(VK_CONTROL, VK_F);
        assertThat(Ui.onEdt(() -> log.getFocusOwner().getName())).isEqualTo("engine-log-find");
        hands.type("error");
        JLabel matches = Ui.find(log, "engine-log-matches");
        assertThat(Ui.onEdt(matches::getText)).isEqualTo("2 matches");
        assertThat(Ui.onEdt(() -> marked(text))).as("the matches instead of the deciding line")
                .containsExactly("ERROR", "error");
        assertThat(Ui.onEdt(() -> Ui.find(log, "engine-log-evidence").isShowing())).as("no word on lines no longer marked")
                .isFalse();
        hands.chord(VK_ENTER);
        hands.chord(VK_ENTER);
        assertThat(Ui.onEdt(matches::getText)).isEqualTo("2 of 2");
        assertThat(Ui.onEdt(text::getSelectionStart)).isEqualTo(LOG.indexOf("error: device"));
        station.screenshot("history-engine-log", log);
        hands.chord(VK_CONTROL, VK_A);
        hands.chord(VK_BACK_SPACE);
        assertThat(Ui.onEdt(() -> marked(text))).as("an empty search brings the deciding line back")
                .containsExactly(LOG.split("\n")[1] + "\n");
        assertThat(Ui.onEdt(() -> Ui.find(log, "engine-log-evidence").isShowing())).isTrue();

        hands.click(Ui.find(log, "engine-log-save"));
        Window chooser = OpenStation.window("Save the engine log");
        JTextField name = Ui.onEdt(() -> focusedField(chooser));
        String suggested = Ui.onEdt(name::getText);
        assertThat(suggested).isEqualTo("Engine-log-attempt-" + attempt + "-ticket-R-7.log");
        Path file = folder.resolve("left-the-slot.log");
        hands.chord(VK_CONTROL, VK_A);
        hands.type(file + "\n");
        String saved = Ui.await(matches::getText, said -> said.startsWith("Saved"), 10);
        assertThat(saved).isEqualTo("Saved to " + file);
        assertThat(Files.readAllBytes(file)).isEqualTo(LOG.getBytes(StandardCharsets.UTF_8));

        hands.chord(VK_ESCAPE);
        assertThat(Ui.await(log::isShowing, showing -> !showing, 10)).isFalse();
    }

    /** The texts the log's highlights cover, in order. */
    private static List<String> marked(JTextArea text) {
        return Arrays.stream(text.getHighlighter().getHighlights())
                .sorted(Comparator.comparingInt(Highlighter.Highlight::getStartOffset))
                .map(mark -> text.getText().substring(mark.getStartOffset(), mark.getEndOffset())).toList();
    }
}
