package dev.restorestation.advisor;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.time.Instant;
import java.util.List;

/** A shop with no history yet: advice follows the knowledge base's order alone. */
public final class EmptyShopHistory implements ShopHistory {

    @Override
    public List<FixOutcome> fixOutcomes(Integer appleCode, ErrorCategory category, String productType) {
        return List.of();
    }

    @Override
    public List<SlotRecord> slotRecords(Instant since) {
        return List.of();
    }

    @Override
    public List<RestoreAttempt> attemptsForDevice(Ecid ecid) {
        return List.of();
    }
}
