package dev.restorestation.core.history;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One restore attempt as the history keeps it.
 *
 * @param customerNote the ticket's note now; null when it has none
 * @param serialNumber the device's serial number as last recorded; null when never told
 * @param slot         the slot label at the time of the attempt
 * @param mode         the mode the device was in when the attempt started
 * @param endedAt      null while running
 * @param appleCode    Apple's error number, null when none applies
 * @param statusCode   the engine's status or exit code, null when none
 * @param category     null unless the attempt failed
 * @param fixesApplied ids of the fixes the technician applied before this attempt
 * @param verification what the device said when it came back after a success; null when not checked (yet)
 */
public record RestoreAttempt(long id, Ticket ticket, String customerNote, Ecid ecid, String serialNumber,
                             String productType, String slot, String build,
                             DeviceMode mode, RestoreKind kind, String engine, String technician,
                             Instant startedAt, Instant endedAt, AttemptOutcome outcome, Integer appleCode,
                             Integer statusCode, ErrorCategory category, String summary,
                             List<String> fixesApplied, Verification verification) {

    public RestoreAttempt {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        fixesApplied = List.copyOf(fixesApplied);
    }

    /** The same attempt after its ticket's note changed. */
    public RestoreAttempt withCustomerNote(String note) {
        return new RestoreAttempt(id, ticket, note, ecid, serialNumber, productType, slot, build, mode, kind, engine,
                technician, startedAt, endedAt, outcome, appleCode, statusCode, category, summary, fixesApplied, verification);
    }
}
