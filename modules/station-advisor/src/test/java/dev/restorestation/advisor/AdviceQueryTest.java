package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import org.junit.jupiter.api.Test;

class AdviceQueryTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.bundled();

    @Test
    void readsAppleCodesWithTheirCategory() {
        assertThat(AdviceQuery.diagnosis("4013", KNOWLEDGE)).isEqualTo(new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null, ""));
        assertThat(AdviceQuery.diagnosis(" -1 ", KNOWLEDGE).appleCode()).isEqualTo(-1);
        assertThat(AdviceQuery.diagnosis("77777", KNOWLEDGE).category()).isEqualTo(ErrorCategory.UNKNOWN);
    }

    @Test
    void readsEngineStatusesCategoriesAndLogLines() {
        assertThat(AdviceQuery.diagnosis("status 68", KNOWLEDGE)).isEqualTo(new Diagnosis(ErrorCategory.DEVICE_MODE, null, 68, ""));
        assertThat(AdviceQuery.diagnosis("STATUS=94", KNOWLEDGE).category()).isEqualTo(ErrorCategory.SIGNING);
        assertThat(AdviceQuery.diagnosis("usb-connection", KNOWLEDGE)).isEqualTo(new Diagnosis(ErrorCategory.USB_CONNECTION, null, null, ""));
        assertThat(AdviceQuery.diagnosis("ERROR: Unable to send iBEC", KNOWLEDGE).category()).isEqualTo(ErrorCategory.USB_CONNECTION);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> AdviceQuery.diagnosis("banana", KNOWLEDGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown code 'banana'")
                .hasMessageContaining("usb-connection");
        assertThatThrownBy(() -> AdviceQuery.diagnosis("", KNOWLEDGE)).isInstanceOf(IllegalArgumentException.class);
    }
}
