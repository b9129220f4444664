package dev.restorestation.gui.dashboard;

import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.history.DailyResult;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the dashboard's figures from the history, the slot check and the firmware cache. Blocking. */
final class DashboardLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardLoader.class);

    private final ShopReport report;
    private final ShopHistory history;
    private final SlotCheck slotCheck;
    private final FirmwareLibrary firmware;
    private final Clock clock;
    private final int periodDays;

    DashboardLoader(ShopReport report, ShopHistory history, SlotCheck slotCheck, FirmwareLibrary firmware, Clock clock,
                    int periodDays) {
        this.report = report;
        this.history = history;
        this.slotCheck = slotCheck;
        this.firmware = firmware;
        this.clock = clock;
        this.periodDays = periodDays;
    }

    DashboardFigures load() {
        LocalDate today = LocalDate.now(clock);
        Instant startOfToday = today.atStartOfDay(clock.getZone()).toInstant();
        Instant since = today.minusDays(periodDays - 1L).atStartOfDay(clock.getZone()).toInstant();
        DailyResult todays = report.resultsPerDay(startOfToday, clock.getZone()).stream()
                .filter(day -> day.day().equals(today))
                .findFirst()
                .orElse(new DailyResult(today, 0, 0, 0, 0));
        List<DashboardFigures.CategoryCount> categories = new ArrayList<>();
        report.failuresPerCategory(since)
                .forEach((category, failures) -> categories.add(new DashboardFigures.CategoryCount(category, failures)));
        categories.sort(Comparator.comparingInt(DashboardFigures.CategoryCount::failures).reversed()
                .thenComparing(count -> count.category().ordinal()));
        return new DashboardFigures(clock.instant(), periodDays, todays, categories, history.slotRecords(since),
                slotCheck.troubledSlots(since), cacheUsage());
    }

    /** The cache's use, or empty when its folder cannot be read; the rest of the dashboard still shows. */
    private Optional<CacheUsage> cacheUsage() {
        try {
            return Optional.of(firmware.usage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the firmware cache's size", e);
            return Optional.empty();
        }
    }
}
