package dev.restorestation.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistorySummaryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theSummaryCountsEveryOutcomeSoTheNumbersAddUp() {
        RestoreAttempt ok = Attempts.succeeded(1, "R-1", T0);
        RestoreAttempt failed = Attempts.failed(2, "R-1", T0, 4013, ErrorCategory.USB_CONNECTION, "USB");
        RestoreAttempt cancelled = new RestoreAttempt(3, ok.ticket(), null, ok.ecid(), null, ok.productType(), ok.slot(),
                ok.build(), ok.mode(), ok.kind(), ok.engine(), ok.technician(), T0, T0.plusSeconds(30),
                AttemptOutcome.CANCELLED, null, null, null, null, List.of(), null);

        assertThat(AttemptText.summary(List.of(ok, failed, cancelled))).isEqualTo("3 attempts: 1 succeeded, 1 failed, 1 cancelled");
        assertThat(AttemptText.summary(List.of(ok))).isEqualTo("1 attempt: 1 succeeded, 0 failed");
        assertThat(AttemptText.summary(List.of())).isEqualTo("0 attempts");
    }
}
