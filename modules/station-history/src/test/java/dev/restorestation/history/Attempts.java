package dev.restorestation.history;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;

/** New attempts shaped like the ones the restore service writes. */
final class Attempts {

    static final Ecid IPHONE = Ecid.parse("0x1A2B3C4D5E6F70");
    static final Ecid IPAD = Ecid.parse("0x00112233445566");

    private Attempts() {
    }

    static NewAttempt of(String ticket, Ecid ecid, String slot, String... fixes) {
        return new NewAttempt(new Ticket(ticket), null, ecid, null, null, "iPhone14,2", "Customer's iPhone", slot, null,
                "Sam", "22G86", "3f1e9c2d4b5a69788796a5b4c3d2e1f00a1b2c3d", DeviceMode.DFU, RestoreKind.UPDATE,
                "idevicerestore", "1.0.0", List.of(fixes));
    }

    static NewAttempt noted(String ticket, Ecid ecid, String customerNote, String serialNumber) {
        NewAttempt base = of(ticket, ecid, "1");
        return new NewAttempt(base.ticket(), customerNote, ecid, null, serialNumber, base.productType(),
                base.deviceName(), base.slot(), base.station(), base.technician(), base.build(), base.firmwareSha1(),
                base.mode(), base.kind(), base.engine(), base.engineVersion(), List.of());
    }

    static NewAttempt onProduct(String ticket, Ecid ecid, String productType, String... fixes) {
        NewAttempt base = of(ticket, ecid, "1", fixes);
        return new NewAttempt(base.ticket(), null, ecid, null, null, productType, base.deviceName(), base.slot(),
                base.station(), base.technician(), base.build(), base.firmwareSha1(), base.mode(), base.kind(), base.engine(),
                base.engineVersion(), base.fixesApplied());
    }
}
