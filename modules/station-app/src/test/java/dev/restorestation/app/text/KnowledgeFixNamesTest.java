package dev.restorestation.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.text.StationLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeFixNamesTest {

    private final KnowledgeFixNames names = KnowledgeFixNames.bundled();

    @Test
    void aRecordedFixIdReadsAsTheTextTheAdvisorOfferedItWith() {
        assertThat(names.text("cable-swap")).isEqualTo("Swap to another Apple or MFi-certified cable");
        assertThat(names.list(List.of("cable-swap", RestoreRequest.AUTOMATIC_RETRY)))
                .isEqualTo("Swap to another Apple or MFi-certified cable, Retried automatically");
    }

    @Test
    void theTextsAreInTheStationsLanguage() {
        StationLanguage.choose("de");
        try {
            KnowledgeFixNames german = KnowledgeFixNames.bundled();
            assertThat(german.text(RestoreRequest.AUTOMATIC_RETRY)).isEqualTo("Automatisch wiederholt");
            assertThat(german.text("cable-swap")).isNotEqualTo(names.text("cable-swap")).isNotBlank();
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void anIdNoLongerKnownStaysAsRecorded() {
        assertThat(names.text("reseat-cable-2019")).isEqualTo("reseat-cable-2019");
    }
}
