package dev.restorestation.core.history;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;
import java.util.Objects;

/**
 * What is known when an attempt starts, written before the engine runs.
 *
 * @param udid          null when not known (DFU/Recovery)
 * @param serialNumber  the device's serial number; null when not known
 * @param customerNote  the ticket's note as given with this attempt; null keeps the ticket's note
 * @param station       this bench's name, so a shared database tells benches apart
 * @param firmwareSha1  the verified SHA-1 of the IPSW handed to the engine
 * @param fixesApplied  ids of the fixes the technician applied since the previous attempt
 */
public record NewAttempt(Ticket ticket, String customerNote, Ecid ecid, String udid, String serialNumber,
                         String productType, String deviceName,
                         String slot, String station, String technician, String build, String firmwareSha1,
                         DeviceMode mode, RestoreKind kind, String engine, String engineVersion,
                         List<String> fixesApplied) {

    public NewAttempt {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(engine, "engine");
        customerNote = Ticket.checkedNote(customerNote);
        fixesApplied = List.copyOf(fixesApplied);
    }
}
