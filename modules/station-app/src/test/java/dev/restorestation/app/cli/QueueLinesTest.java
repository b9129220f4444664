package dev.restorestation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.text.StationLanguage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue as the channel sends it (ids) and as {@code station queue} words it in the station's language. */
class QueueLinesTest {

    private static final List<QueueEntry> ENTRIES = List.of(
            new QueueEntry(new Ecid(1), "1", "R-1", "", RestoreKind.UPDATE, QueueEntry.State.WAITING,
                    WaitingReason.FIRMWARE, 1, null),
            new QueueEntry(new Ecid(2), "2", "R-2", "23C71", RestoreKind.ERASE, QueueEntry.State.DONE, null, 0,
                    new QueueOutcome(QueueOutcome.Ending.FAILED, ErrorCategory.USB_CONNECTION)));

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void theJsonNamesByIdAndTheLinesSayItInTheLanguage() {
        JsonNode json = QueueRequests.describe(new Fixed(ENTRIES));
        assertThat(json.path("entries").get(0).path("build").isNull()).as("the latest signed, not known yet").isTrue();
        assertThat(json.path("entries").get(1).path("outcome").asText()).isEqualTo("failed");
        assertThat(json.path("entries").get(1).path("category").asText()).isEqualTo("usb-connection");
        assertThat(json.path("entries").get(0).has("outcome")).isFalse();

        assertThat(lines("en", json)).containsExactly(
                "PLACE    SLOT   TICKET           BUILD         KIND     STATE",
                "1        1      R-1              latest signed update   waiting: Firmware downloading",
                "-        2      R-2              23C71         erase    done: failed · USB connection");
        assertThat(lines("de", json).get(1)).contains(" neuester signierter ").doesNotContain("latest", "waiting");
        assertThat(lines("es", json).get(2)).endsWith("terminada: fallida · Conexión USB");
    }

    private static List<String> lines(String language, JsonNode json) {
        StationLanguage.choose(language);
        StringWriter out = new StringWriter();
        QueueLines.print(json, new PrintWriter(out, true));
        return out.toString().lines().map(String::stripTrailing).toList();
    }

    private record Fixed(List<QueueEntry> entries) implements RestoreQueue {
        @Override
        public boolean moveUp(Ecid ecid) {
            return false;
        }

        @Override
        public boolean moveDown(Ecid ecid) {
            return false;
        }

        @Override
        public boolean remove(Ecid ecid) {
            return false;
        }

        @Override
        public void pause(boolean paused) {
        }

        @Override
        public boolean paused() {
            return false;
        }
    }
}
