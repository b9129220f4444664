package dev.restorestation.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import org.junit.jupiter.api.Test;

class QueueOutcomeTest {

    private static final Diagnosis USB = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1, "lost the device");
    private static final Diagnosis SIGNING = new Diagnosis(ErrorCategory.SIGNING, null, null, "signing not checked");

    @Test
    void eachResultEndsAsTheQueueNamesIt() {
        assertThat(QueueOutcome.of(new RestoreResult.Succeeded(1, null)).id()).isEqualTo("restored");
        assertThat(QueueOutcome.of(new RestoreResult.Cancelled(2)).id()).isEqualTo("cancelled");
        assertThat(QueueOutcome.of(new RestoreResult.NotStarted(USB)))
                .isEqualTo(new QueueOutcome(QueueOutcome.Ending.NOT_STARTED, ErrorCategory.USB_CONNECTION));
        assertThat(QueueOutcome.of(new RestoreResult.Unconfirmed(SIGNING)))
                .as("an erase held back for its signing is not a build found unsigned")
                .isEqualTo(new QueueOutcome(QueueOutcome.Ending.SIGNING_NOT_CHECKED, null));
        assertThat(QueueOutcome.of(new RestoreResult.Unconfirmed(SIGNING)).id()).isEqualTo("signing-not-checked");
    }

    @Test
    void onlyAFailureOrARestoreNotStartedNamesItsCategory() {
        assertThatThrownBy(() -> new QueueOutcome(QueueOutcome.Ending.FAILED, null)).hasMessageContaining("needs");
        assertThatThrownBy(() -> new QueueOutcome(QueueOutcome.Ending.RESTORED, ErrorCategory.UNKNOWN))
                .hasMessageContaining("has no");
        assertThatThrownBy(() -> new QueueEntry(new Ecid(1), "1", "T-1", "20H350",
                RestoreKind.UPDATE, QueueEntry.State.DONE, null, 0, null)).hasMessageContaining("how it ended");
    }
}
