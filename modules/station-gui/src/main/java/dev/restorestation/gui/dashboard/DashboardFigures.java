package dev.restorestation.gui.dashboard;

import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.history.DailyResult;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the dashboard shows, read at one moment.
 *
 * @param today         today's attempts and how they ended
 * @param categories    failures per error category in the period, most frequent first, none with zero
 * @param slots         attempts and USB failures per slot in the period
 * @param troubledSlots slots that lose USB more than the rest of the bench, worst first
 * @param cache         empty when the firmware cache could not be read
 */
record DashboardFigures(Instant readAt, int periodDays, DailyResult today, List<CategoryCount> categories,
                        List<SlotRecord> slots, List<SlotWarning> troubledSlots, Optional<CacheUsage> cache) {

    /** How often one error category stopped a restore. */
    record CategoryCount(ErrorCategory category, int failures) {
    }

    DashboardFigures {
        categories = List.copyOf(categories);
        slots = List.copyOf(slots);
        troubledSlots = List.copyOf(troubledSlots);
    }
}
