package dev.restorestation.gui;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.history.TicketReports;
import java.util.Objects;

/** The ports the Firmware, History, Dashboard and Settings areas read the shop through. */
public record ShopViews(FirmwareLibrary firmware, ShopReport report, ShopHistory history, SlotCheck slots,
                        TicketReports reports, DeviceLabels labels, FixNames fixNames, ShopWebhooks webhooks) {

    public ShopViews {
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(fixNames, "fixNames");
        Objects.requireNonNull(webhooks, "webhooks");
    }
}
