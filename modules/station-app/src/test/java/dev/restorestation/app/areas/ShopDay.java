package dev.restorestation.app.areas;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A real H2 history with a shop's attempts: a ticket whose restore failed twice with 4013 before
 * a fix worked, a signing failure, a hostile ticket id, and a bench whose slot 7 keeps losing USB.
 */
final class ShopDay {

    static final Ecid IPHONE = Ecid.parse("0x1A2B3C4D5E6F70");
    static final Ecid IPAD = Ecid.parse("0x00112233445566");
    static final String HOSTILE_TICKET = "=HYPERLINK(\"http://evil\",\"R-1\")";
    static final String USB_LOG = "Sending iBEC (1212345 bytes)...\nERROR: Unable to send iBEC component: -8\n"
            + "ERROR: Unable to place device into recovery mode from DFU mode\nRestore failed with status code 4013\n";

    final HistoryDatabase database;
    final StepClock clock;
    final LocalDate today;

    private ShopDay(HistoryDatabase database, StepClock clock, LocalDate today) {
        this.database = database;
        this.clock = clock;
        this.today = today;
    }

    /** The history in {@code folder}; "today" is the real today in the computer's time zone, as the window sees it. */
    static ShopDay open(Path folder) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        StepClock clock = new StepClock(today.atStartOfDay(zone).toInstant(), zone);
        return new ShopDay(HistoryDatabase.open(new HistorySource.EmbeddedFile(folder), "bench-1", clock), clock, today);
    }

    AttemptLog log() {
        return database.attemptLog();
    }

    /** Ticket R-1042 across three days and two tickets of the same iPhone, plus a signing failure. */
    ShopDay ticketsOfTheWeek() {
        at(today.minusDays(3), 9, 0);
        fail(attempt("R-1042", IPHONE, "iPhone15,2", "4"), 4013, ErrorCategory.USB_CONNECTION,
                "The USB connection dropped while the device was restoring", USB_LOG);
        at(today.minusDays(3), 9, 30);
        fail(attempt("R-1042", IPHONE, "iPhone15,2", "4", "cable-swap"), 4013, ErrorCategory.USB_CONNECTION,
                "The USB connection dropped while the device was restoring", USB_LOG);
        at(today, 10, 0);
        succeed(attempt("R-1042", IPHONE, "iPhone15,2", "5", "direct-port"), Duration.ofMinutes(13));
        at(today, 11, 0);
        fail(attempt("R-1043", IPAD, "iPad13,18", "2"), 3194, ErrorCategory.SIGNING,
                "Apple does not sign this build for this device any more", "TSS server replied: 94\n");
        at(today, 12, 0);
        succeed(attempt(HOSTILE_TICKET, IPHONE, "iPhone15,2", "1"), Duration.ofMinutes(11));
        return this;
    }

    /** Twelve attempts in each of slots 1 to 8 today; slot 7 loses USB on nine of them, the rest rarely. */
    ShopDay aBenchWithABadSlot() {
        at(today, 6, 0);
        for (int slot = 1; slot <= 8; slot++) {
            for (int i = 0; i < 12; i++) {
                NewAttempt attempt = attempt("B-" + slot + "-" + i, new Ecid(0x5000L + slot * 100L + i), "iPhone14,2",
                        String.valueOf(slot));
                boolean usb = slot == 7 ? i < 9 : slot == 3 && i == 0;
                if (usb) {
                    fail(attempt, 4013, ErrorCategory.USB_CONNECTION, "The USB connection dropped", USB_LOG);
                } else if (i == 11 && slot % 2 == 0) {
                    fail(attempt, 14, ErrorCategory.FIRMWARE_FILE, "The IPSW file is damaged", "ERROR: 14\n");
                } else {
                    succeed(attempt, Duration.ofMinutes(9));
                }
                clock.advance(Duration.ofMinutes(1));
            }
        }
        return this;
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(clock.getZone()).toInstant());
    }

    private void fail(NewAttempt attempt, int code, ErrorCategory category, String summary, String engineLog) {
        long id = log().begin(attempt);
        log().appendLog(id, engineLog);
        clock.advance(Duration.ofMinutes(3));
        log().finish(id, AttemptOutcome.FAILED, new Diagnosis(category, code, -1, summary));
    }

    private void succeed(NewAttempt attempt, Duration took) {
        long id = log().begin(attempt);
        log().appendLog(id, "Restore completed successfully\n");
        clock.advance(took);
        log().finish(id, AttemptOutcome.SUCCEEDED, null);
    }

    private static NewAttempt attempt(String ticket, Ecid ecid, String productType, String slot, String... fixes) {
        return new NewAttempt(new Ticket(ticket), "Dropped in water; customer wants the photos kept", ecid, null,
                "F" + ecid.shortForm().replace("…", "") + "Q1", productType, "Customer's device", slot, "bench-1", "Sam",
                "23C71", "171bc42edde479a4c5f690539fc77790e13396fa", DeviceMode.DFU, RestoreKind.UPDATE,
                "idevicerestore", "1.0.0", List.of(fixes));
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
    }
}
