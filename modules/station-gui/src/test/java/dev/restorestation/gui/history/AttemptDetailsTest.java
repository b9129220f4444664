package dev.restorestation.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptDetailsTest {

    private static final Instant STARTED = Instant.parse("2026-11-23T09:15:00Z");

    @Test
    void aFailureSaysHowLongItRanTheErrorInWordsAndTheEngineStatus() {
        assertThat(AttemptDetails.outcomeLine(Attempts.failed(3, "R-1", STARTED, 4013, ErrorCategory.USB_CONNECTION, "x")))
                .isEqualTo("Failed after 3 min 12 s: USB connection (4013) · engine status -1");
        assertThat(AttemptDetails.outcomeLine(Attempts.succeeded(4, "R-1", STARTED)))
                .isEqualTo("Succeeded after 12 min 34 s · engine status 0");
        var attempt = Attempts.succeeded(5, "R-1", STARTED);
        var verified = new RestoreAttempt(attempt.id(), attempt.ticket(), attempt.customerNote(), attempt.ecid(),
                attempt.serialNumber(), attempt.productType(), attempt.slot(), attempt.build(), attempt.mode(),
                attempt.kind(), attempt.engine(), attempt.technician(), attempt.startedAt(), attempt.endedAt(),
                attempt.outcome(), null, null, null, null, List.of(), Verification.notSeen());
        assertThat(AttemptDetails.outcomeLine(verified)).isEqualTo("Succeeded after 12 min 34 s · not seen again");
    }

    @Test
    void theDeviceLineNamesTheSerialNumberAndTheTicketsNoteIsShown() {
        var attempt = Attempts.failed(3, "R-1", STARTED, 4013, ErrorCategory.USB_CONNECTION, "x");
        assertThat(AttemptDetails.deviceLine(attempt))
                .isEqualTo("iPhone15,2 …5E6F70 · serial F2LZK0ABCDEF in slot 4 · DFU · Erase to 23C71 · idevicerestore · Sam");

        var simulated = new RestoreAttempt(attempt.id(), attempt.ticket(), attempt.customerNote(), attempt.ecid(),
                attempt.serialNumber(), attempt.productType(), attempt.slot(), attempt.build(), attempt.mode(),
                attempt.kind(), "simulated", attempt.technician(), attempt.startedAt(), attempt.endedAt(),
                attempt.outcome(), null, null, null, null, List.of(), null);
        assertThat(AttemptDetails.deviceLine(simulated)).endsWith(" · simulated engine · Sam");

        AttemptDetails details = new AttemptDetails(ZoneOffset.UTC, FixNames.IDS, shown -> { }, shown -> { }, shown -> { });
        details.show(attempt);
        assertThat(details.noteText()).isEqualTo("Customer note on the ticket: " + Attempts.NOTE);
        details.show(null);
        assertThat(details.noteText()).isEmpty();
    }

    @Test
    void theDetailsNameTheFixesTriedInWords() {
        var attempt = Attempts.failed(3, "R-1", STARTED, 4013, ErrorCategory.USB_CONNECTION, "x", "cable-swap");
        AttemptDetails details = new AttemptDetails(ZoneOffset.UTC,
                id -> id.equals("cable-swap") ? "Swap to a known-good cable" : id, shown -> { }, shown -> { }, shown -> { });

        details.show(attempt);

        assertThat(details.fixesText()).isEqualTo("Fixes applied before this attempt: Swap to a known-good cable");
    }

    @Test
    void theTimelineRowShowsTicketDeviceErrorAndFixesTriedInWords() {
        FixNames names = id -> id.equals("redownload-ipsw") ? "Download the firmware again" : id;
        AttemptsModel model = new AttemptsModel(ZoneOffset.UTC, names);
        model.show(java.util.List.of(Attempts.failed(3, "R-1", STARTED, 14, ErrorCategory.FIRMWARE_FILE, "x",
                "redownload-ipsw", "other-port")));

        assertThat(model.getValueAt(0, 0)).isEqualTo("2026-11-23 09:15");
        assertThat(model.getValueAt(0, 1)).isEqualTo("R-1");
        assertThat(model.getValueAt(0, 3)).isEqualTo("iPhone15,2 …5E6F70");
        assertThat(model.getValueAt(0, 4)).isEqualTo("Erase");
        assertThat(model.getValueAt(0, 7)).isEqualTo("Firmware file (14)");
        assertThat(model.getValueAt(0, 8)).isEqualTo("Download the firmware again, other-port");
        assertThat(model.getValueAt(0, 9)).isEqualTo("3 min 12 s");
    }
}
