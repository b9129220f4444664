package dev.restorestation.core.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.time.Instant;
import java.util.List;

/** Port: what the advisor learns from this shop's own restore history. */
public interface ShopHistory {

    /**
     * For failed attempts with this error, on this product type (or any when null): per fix id,
     * how often it was applied before the next attempt on the same device and how often that
     * next attempt succeeded. With {@code appleCode} null the category alone selects the failures.
     */
    List<FixOutcome> fixOutcomes(Integer appleCode, ErrorCategory category, String productType);

    /** Per slot label, attempts started since {@code since} and their usb-connection failures. */
    List<SlotRecord> slotRecords(Instant since);

    /** Every attempt on one device, oldest first, across tickets. */
    List<RestoreAttempt> attemptsForDevice(Ecid ecid);
}
