package dev.restorestation.core.restore;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A technician's request to restore one device.
 *
 * @param device         the device as last seen on the bench; it must know its ECID
 * @param board          its chip and board id when known, for the compatibility check; null otherwise
 * @param checkSigning   check that the build is still signed before the device is touched
 * @param customerNote   the ticket's note to keep with it; null keeps the note the ticket has
 * @param fixesApplied   ids of the fixes the technician applied since the previous attempt
 */
public record RestoreRequest(DeviceSnapshot device, BoardId board, Ticket ticket, String customerNote,
                             FirmwareChoice firmware,
                             RestoreKind kind, boolean checkSigning, String technician, List<String> fixesApplied) {

    public RestoreRequest {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(kind, "kind");
        if (device.ecid() == null) {
            throw new IllegalArgumentException("the device in slot " + device.slot().label() + " has not told its ECID yet");
        }
        customerNote = Ticket.checkedNote(customerNote);
        technician = technician == null ? "" : technician;
        fixesApplied = List.copyOf(fixesApplied);
    }

    /** The id a restore the station retried by itself records among its fixes applied. */
    public static final String AUTOMATIC_RETRY = "automatic-retry";

    public Ecid ecid() {
        return device.ecid();
    }

    /** The same request, tried again by the station itself: recorded as such, its build already checked. */
    public RestoreRequest automaticRetry() {
        List<String> fixes = new ArrayList<>(fixesApplied);
        fixes.add(AUTOMATIC_RETRY);
        return new RestoreRequest(device, board, ticket, customerNote, firmware, kind, false, technician, fixes);
    }
}
