package dev.restorestation.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.MemoryAttemptLog;
import dev.restorestation.gui.testing.Ui;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A customer note too long to keep: the history area says why in the station's language, and keeps nothing. */
class NoteRefusedInEveryLanguageTest {

    private final MemoryAttemptLog log = new MemoryAttemptLog();
    private final ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor("note-refused-test", 1);

    @AfterEach
    void close() {
        tasks.close();
        StationLanguage.choose("");
    }

    @Test
    void aTooLongNoteIsRefusedInSpanishGermanAndEnglish() throws Exception {
        assertThat(refusal("es")).isEqualTo("Nota no guardada: la nota del cliente tiene 1010 caracteres; se admiten como máximo 1000");
        assertThat(refusal("de"))
                .isEqualTo("Notiz nicht gespeichert: die Kundennotiz ist 1010 Zeichen lang; höchstens 1000 sind erlaubt");
        assertThat(refusal("en")).isEqualTo("Note not saved: customer note is 1010 characters long; at most 1000 are allowed");
        assertThat(log.noteOf(new Ticket("R-1"))).as("nothing kept").isEmpty();
    }

    private String refusal(String language) throws Exception {
        StationLanguage.choose(language);
        HistoryArea area = Ui.onEdt(() -> new HistoryArea(log, text -> List.of(), (ticket, pdf, withNote) -> "",
                new NoLabels(), FixNames.IDS, tasks, Clock.systemUTC(), name -> Optional.empty()));
        Ui.run(() -> area.saveNote(new Ticket("R-1"), "x".repeat(1010)));
        return Ui.onEdt(() -> ((JLabel) Ui.find(area, "history-message")).getText());
    }

    private static final class NoLabels implements DeviceLabels {
        @Override
        public List<String> printers() {
            return List.of();
        }

        @Override
        public void save(RestoreAttempt attempt, LabelSize size, Path pdf) {
        }

        @Override
        public void print(RestoreAttempt attempt, LabelSize size, String printer) {
        }
    }
}
