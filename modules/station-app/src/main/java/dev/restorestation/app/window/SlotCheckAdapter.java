package dev.restorestation.app.window;

import dev.restorestation.advisor.SlotHealth;
import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.text.StationLanguage;
import java.time.Instant;
import java.util.List;

/** The advisor's slot health test on the shop's own history. */
public final class SlotCheckAdapter implements SlotCheck {

    private final ShopHistory history;

    public SlotCheckAdapter(ShopHistory history) {
        this.history = history;
    }

    @Override
    public List<SlotWarning> troubledSlots(Instant since) {
        return SlotHealth.flagged(history.slotRecords(since)).stream()
                .map(finding -> new SlotWarning(finding.slot(), finding.attempts(), finding.failures(), finding.describe(StationLanguage.current())))
                .toList();
    }
}
