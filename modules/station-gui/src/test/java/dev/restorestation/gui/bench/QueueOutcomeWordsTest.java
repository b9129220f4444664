package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.text.StationLanguage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A queue row's build and a finished restore's outcome read in the station's language, its category too. */
class QueueOutcomeWordsTest {

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void everyEndingReadsInSpanishAndGerman() {
        for (QueueOutcome.Ending ending : QueueOutcome.Ending.values()) {
            boolean named = ending == QueueOutcome.Ending.FAILED || ending == QueueOutcome.Ending.NOT_STARTED;
            QueueEntry done = new QueueEntry(new Ecid(7), "7", "R-7", "23C71", RestoreKind.UPDATE, QueueEntry.State.DONE,
                    null, 0, new QueueOutcome(ending, named ? ErrorCategory.USB_CONNECTION : null));
            String english = in("en", done);
            for (String language : List.of("es", "de")) {
                assertThat(in(language, done)).as("%s in %s", ending, language).isNotEqualTo(english)
                        .doesNotContain("USB connection", "Failed", "Restored", "Cancelled", "Not started");
            }
        }
        QueueEntry failed = new QueueEntry(new Ecid(7), "7", "R-7", "23C71", RestoreKind.UPDATE, QueueEntry.State.DONE,
                null, 0, new QueueOutcome(QueueOutcome.Ending.FAILED, ErrorCategory.USB_CONNECTION));
        assertThat(in("en", failed)).isEqualTo("Failed · USB connection");
        assertThat(in("de", failed)).isEqualTo("Fehlgeschlagen · USB-Verbindung");
    }

    @Test
    void aRestoreWaitingForTheLatestSignedBuildSaysSoInTheLanguage() {
        StationLanguage.choose("de");
        QueueTableModel model = new QueueTableModel();
        model.replace(List.of(new QueueEntry(new Ecid(7), "7", "R-7", "", RestoreKind.UPDATE, QueueEntry.State.WAITING,
                WaitingReason.FIRMWARE, 1, null)));

        assertThat(model.getValueAt(0, 3)).isEqualTo("Neuester signierter");
    }

    private static String in(String language, QueueEntry entry) {
        StationLanguage.choose(language);
        return QueueTableModel.state(entry);
    }
}
