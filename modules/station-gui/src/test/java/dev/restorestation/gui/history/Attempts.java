package dev.restorestation.gui.history;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.time.Instant;
import java.util.List;

/** Attempts shaped like the ones the history returns. */
final class Attempts {

    static final Ecid ECID = Ecid.parse("0x1A2B3C4D5E6F70");
    static final String NOTE = "Screen replaced at the front desk; customer wants the photos kept";
    static final String SERIAL = "F2LZK0ABCDEF";

    private Attempts() {
    }

    static RestoreAttempt failed(long id, String ticket, Instant started, int code, ErrorCategory category, String summary,
                                 String... fixes) {
        return new RestoreAttempt(id, new Ticket(ticket), NOTE, ECID, SERIAL, "iPhone15,2", "4", "23C71", DeviceMode.DFU,
                RestoreKind.ERASE, "idevicerestore", "Sam", started, started.plusSeconds(192), AttemptOutcome.FAILED, code,
                -1, category, summary, List.of(fixes), null);
    }

    static RestoreAttempt succeeded(long id, String ticket, Instant started, String... fixes) {
        return new RestoreAttempt(id, new Ticket(ticket), NOTE, ECID, SERIAL, "iPhone15,2", "4", "23C71", DeviceMode.DFU,
                RestoreKind.ERASE, "idevicerestore", "Sam", started, started.plusSeconds(754), AttemptOutcome.SUCCEEDED, null,
                0, null, "", List.of(fixes), null);
    }
}
