package dev.restorestation.core.restore;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A technician's request to restore one device, built by name:
 * {@code RestoreRequest.of(device, ticket, firmware, kind).technician("ana").build()}.
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

    /** A request with what every restore needs; the rest is named on the builder. */
    public static Builder of(DeviceSnapshot device, Ticket ticket, FirmwareChoice firmware, RestoreKind kind) {
        return new Builder(device, ticket, firmware, kind);
    }

    public Ecid ecid() {
        return device.ecid();
    }

    /** The optional parts of a request, each by its name; unset ones are null, false, "" or empty. */
    public static final class Builder {
        private final DeviceSnapshot device;
        private final Ticket ticket;
        private final FirmwareChoice firmware;
        private final RestoreKind kind;
        private BoardId board;
        private String customerNote;
        private boolean checkSigning;
        private String technician = "";
        private List<String> fixesApplied = List.of();

        private Builder(DeviceSnapshot device, Ticket ticket, FirmwareChoice firmware, RestoreKind kind) {
            this.device = device;
            this.ticket = ticket;
            this.firmware = firmware;
            this.kind = kind;
        }

        public Builder board(BoardId board) {
            this.board = board;
            return this;
        }

        public Builder customerNote(String customerNote) {
            this.customerNote = customerNote;
            return this;
        }

        public Builder checkSigning(boolean checkSigning) {
            this.checkSigning = checkSigning;
            return this;
        }

        public Builder technician(String technician) {
            this.technician = technician;
            return this;
        }

        public Builder fixesApplied(List<String> fixesApplied) {
            this.fixesApplied = fixesApplied;
            return this;
        }

        public RestoreRequest build() {
            return new RestoreRequest(device, board, ticket, customerNote, firmware, kind, checkSigning, technician,
                    fixesApplied);
        }
    }

    /** The same request, tried again by the station itself: recorded as such, its build already checked. */
    public RestoreRequest automaticRetry() {
        List<String> fixes = new ArrayList<>(fixesApplied);
        fixes.add(AUTOMATIC_RETRY);
        return new RestoreRequest(device, board, ticket, customerNote, firmware, kind, false, technician, fixes);
    }
}
