package dev.restorestation.gui;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.advice.SlotCheck;
import dev.restorestation.core.advice.SlotWarning;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.firmware.CacheUsage;
import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.CatalogListing;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.firmware.ModelName;
import dev.restorestation.core.history.DailyResult;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.gui.testing.KeptWebhooks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A shop with no history and an empty firmware cache, for window tests about the bench. */
final class EmptyShop implements FirmwareLibrary, ShopReport, ShopHistory, SlotCheck {

    /** What the catalog lists for every model; a test sets it before the window opens. */
    volatile List<CatalogBuild> catalogBuilds = List.of();
    /** The models the station knows; a test sets it before the window opens. */
    volatile List<ModelName> models = List.of();
    /** What the cache holds; a test sets it before the window opens. */
    volatile List<CachedFirmware> cached = List.of();

    /** The shop's reports: none, since no attempt is recorded; a test sets its own before the window opens. */
    volatile TicketReports reports = (ticket, pdf, withNote) -> {
        throw new IllegalArgumentException("no restore attempts for ticket " + ticket + ": no report");
    };
    /** The computer's label printing; a test sets its own before the window opens. */
    volatile DeviceLabels labels = new NoLabels();
    /** The shop's webhooks, kept in memory. */
    final KeptWebhooks webhooks = new KeptWebhooks();

    static ShopViews views() {
        return new EmptyShop().asViews();
    }

    ShopViews asViews() {
        return new ShopViews(this, this, this, this, reports, labels, FixNames.IDS, webhooks);
    }

    @Override
    public List<CachedFirmware> builds() {
        return cached;
    }

    @Override
    public CacheUsage usage() {
        return new CacheUsage(0, 0, 1L << 40, "/tmp/firmware");
    }

    @Override
    public List<ModelName> models() {
        return models;
    }

    @Override
    public CatalogListing catalog(String productType, TaskContext context) {
        return new CatalogListing(productType, catalogBuilds, Instant.now(), catalogBuilds.isEmpty(),
                catalogBuilds.isEmpty() ? List.of("no catalog in tests") : List.of());
    }

    @Override
    public CachedFirmware fetch(String productType, String build, TaskContext context) throws IOException {
        throw new IOException("no downloads in tests");
    }

    @Override
    public CachedFirmware importFile(Path ipsw, TaskContext context) throws IOException {
        throw new IOException("no imports in tests");
    }

    @Override
    public CachedFirmware verify(String sha256, TaskContext context) throws IOException {
        throw new IOException("nothing cached");
    }

    @Override
    public boolean remove(String sha256) {
        return false;
    }

    @Override
    public Map<ErrorCategory, Integer> failuresPerCategory(Instant since) {
        return Map.of();
    }

    @Override
    public List<RestoreAttempt> inSlot(String slot) {
        return List.of();
    }

    @Override
    public List<DailyResult> resultsPerDay(Instant since, ZoneId zone) {
        return List.of();
    }

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

    @Override
    public List<SlotWarning> troubledSlots(Instant since) {
        return List.of();
    }

    /** No printer, and no attempt to label: the bench tests never get that far. */
    static final class NoLabels implements DeviceLabels {

        @Override
        public List<String> printers() {
            return List.of();
        }

        @Override
        public void save(RestoreAttempt attempt, LabelSize size, Path pdf) throws IOException {
            throw new IOException("no labels in an empty shop");
        }

        @Override
        public void print(RestoreAttempt attempt, LabelSize size, String printer) throws IOException {
            throw new IOException("no labels in an empty shop");
        }
    }
}
