package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceFault;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ProgressEvent;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attempt log and the shop's queries, the same on every database the station supports. */
abstract class HistoryContract {

    static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");
    static final Diagnosis USB_4013 = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1,
            "The USB connection dropped while the device restarted");

    final TestClock clock = new TestClock(MONDAY_NINE);
    HistorySource source;
    HistoryDatabase database;
    AttemptLog log;

    /** A new, empty database for each test. */
    abstract HistorySource freshSource() throws Exception;

    /** A plain JDBC connection to {@code source}, for looking under the API. */
    abstract Connection connect(HistorySource source) throws SQLException;

    /** Flyway on {@code source}, to build a database as an older station left it. */
    abstract FluentConfiguration flyway(HistorySource source);

    @BeforeEach
    void openFreshHistory() throws Exception {
        source = freshSource();
        database = HistoryDatabase.open(source, "bench-1", clock);
        log = database.attemptLog();
    }

    @AfterEach
    void closeHistory() {
        if (database != null) {
            database.close();
        }
    }

    void reopen() {
        database.close();
        database = HistoryDatabase.open(source, "bench-1", clock);
        log = database.attemptLog();
    }

    @Test
    void anAttemptIsRunningFromBeginUntilFinish() {
        long id = log.begin(Attempts.of("R-1001", Attempts.IPHONE, "3"));

        RestoreAttempt running = only(log.forTicket(new Ticket("R-1001")));
        assertThat(running.id()).isEqualTo(id);
        assertThat(running.outcome()).isEqualTo(AttemptOutcome.RUNNING);
        assertThat(running.startedAt()).isEqualTo(MONDAY_NINE);
        assertThat(running.endedAt()).isNull();
        assertThat(running.ecid()).isEqualTo(Attempts.IPHONE);
        assertThat(running.productType()).isEqualTo("iPhone14,2");
        assertThat(running.slot()).isEqualTo("3");
        assertThat(running.build()).isEqualTo("22G86");
        assertThat(running.mode()).isEqualTo(DeviceMode.DFU);
        assertThat(running.kind()).isEqualTo(RestoreKind.UPDATE);
        assertThat(running.engine()).isEqualTo("idevicerestore");
        assertThat(running.technician()).isEqualTo("Sam");

        clock.advance(Duration.ofMinutes(7));
        log.finish(id, AttemptOutcome.FAILED, USB_4013);

        RestoreAttempt failed = only(log.forTicket(new Ticket("R-1001")));
        assertThat(failed.outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(failed.endedAt()).isEqualTo(MONDAY_NINE.plus(Duration.ofMinutes(7)));
        assertThat(failed.appleCode()).isEqualTo(4013);
        assertThat(failed.statusCode()).isEqualTo(-1);
        assertThat(failed.category()).isEqualTo(ErrorCategory.USB_CONNECTION);
        assertThat(failed.summary()).isEqualTo(USB_4013.summary());
    }

    @Test
    void aSuccessKeepsNoErrorAndAnAttemptEndsOnlyOnce() {
        long id = log.begin(Attempts.of("R-1002", Attempts.IPHONE, "1"));
        log.finish(id, AttemptOutcome.SUCCEEDED, null);

        RestoreAttempt done = only(log.forTicket(new Ticket("R-1002")));
        assertThat(done.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
        assertThat(done.appleCode()).isNull();
        assertThat(done.category()).isNull();

        assertThatThrownBy(() -> log.finish(id, AttemptOutcome.FAILED, USB_4013))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already ended as SUCCEEDED");
        assertThatThrownBy(() -> log.finish(id + 1000, AttemptOutcome.CANCELLED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no attempt");
        assertThatThrownBy(() -> log.finish(id, AttemptOutcome.RUNNING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(only(log.forTicket(new Ticket("R-1002"))).outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
    }

    @Test
    void aSuccessKeepsWhatTheDeviceSaidWhenItCameBack() {
        long verified = log.begin(Attempts.of("R-1003", Attempts.IPHONE, "1"));
        log.finish(verified, AttemptOutcome.SUCCEEDED, null);
        assertThat(only(log.forTicket(new Ticket("R-1003"))).verification()).as("not checked yet").isNull();
        Verification check = new Verification(Verification.Result.VERIFIED, MONDAY_NINE.plus(Duration.ofMinutes(9)),
                "22G86", "18.6.2", "Unactivated");

        log.verified(verified, check);
        long gone = log.begin(Attempts.of("R-1003", Attempts.IPHONE, "1"));
        log.finish(gone, AttemptOutcome.SUCCEEDED, null);
        log.verified(gone, Verification.notSeen());

        assertThat(log.forTicket(new Ticket("R-1003"))).extracting(RestoreAttempt::verification)
                .containsExactly(check, Verification.notSeen());
        long failed = log.begin(Attempts.of("R-1003", Attempts.IPHONE, "1"));
        log.finish(failed, AttemptOutcome.FAILED, USB_4013);
        assertThatThrownBy(() -> log.verified(failed, check)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not succeed");
    }

    @Test
    void issuedReportsAreFoundByTheHashOfTheirFileOnly() {
        long id = log.begin(Attempts.of("R-1004", Attempts.IPHONE, "2"));
        IssuedReports reports = database.issuedReports();
        String file = "a".repeat(64);
        String content = "b".repeat(64);

        reports.record(new Ticket("R-1004"), file, content);

        assertThat(reports.find(file)).hasValue(new IssuedReports.Issued(new Ticket("R-1004"), file, content,
                MONDAY_NINE, "bench-1"));
        assertThat(reports.find(content)).isEmpty();
        assertThatThrownBy(() -> reports.record(new Ticket("R-404"), "c".repeat(64), content))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ticket");
        assertThatThrownBy(() -> reports.find("not a hash")).isInstanceOf(IllegalArgumentException.class);
        assertThat(reports.sources(new Ticket("R-1004"))).containsOnlyKeys(id)
                .hasEntrySatisfying(id, source -> assertThat(source.station()).isEqualTo("bench-1"));
    }

    @Test
    void theTicketKeepsTheCustomerNoteAndTheDeviceItsSerialNumber() {
        String head = "Cracked screen; customer says \"keep the photos\" — 'no' to erase\n%_ 修理 ";
        String note = head + "😀".repeat(Ticket.MAX_NOTE_LENGTH - head.codePointCount(0, head.length()));
        log.begin(Attempts.noted("R-1101", Attempts.IPHONE, note, "F2LZK0ABCDEF"));
        log.begin(Attempts.noted("R-1101", Attempts.IPHONE, null, null));

        assertThat(log.forTicket(new Ticket("R-1101"))).hasSize(2).allSatisfy(attempt -> {
            assertThat(attempt.customerNote()).isEqualTo(note.strip());
            assertThat(attempt.serialNumber()).isEqualTo("F2LZK0ABCDEF");
        });

        log.begin(Attempts.noted("R-1101", Attempts.IPHONE, "Customer now wants an erase", null));
        log.begin(Attempts.of("R-1102", Attempts.IPAD, "4"));
        reopen();

        assertThat(log.forTicket(new Ticket("R-1101"))).extracting(RestoreAttempt::customerNote)
                .containsOnly("Customer now wants an erase");
        assertThat(only(log.forTicket(new Ticket("R-1102"))).customerNote()).isNull();
        assertThat(log.forDevice(Attempts.IPHONE)).extracting(RestoreAttempt::serialNumber).containsOnly("F2LZK0ABCDEF");
        assertThat(only(log.forDevice(Attempts.IPAD)).serialNumber()).isNull();
    }

    @Test
    void aNoteWrittenBeforeTheFirstAttemptIsKeptAndCanBeChangedOrRemoved() {
        log.noteTicket(new Ticket("R-1201"), "  Front desk: battery swelling, keep the data  ");
        assertThat(log.noteOf(new Ticket("R-1201"))).as("before any attempt").contains(
                "Front desk: battery swelling, keep the data");
        assertThat(log.noteOf(new Ticket("R-1202"))).isEmpty();
        log.begin(Attempts.of("R-1201", Attempts.IPHONE, "2"));
        assertThat(only(log.forTicket(new Ticket("R-1201"))).customerNote())
                .isEqualTo("Front desk: battery swelling, keep the data");

        assertThatThrownBy(() -> log.noteTicket(new Ticket("R-1201"), "n".repeat(Ticket.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
        assertThat(only(log.forTicket(new Ticket("R-1201"))).customerNote())
                .isEqualTo("Front desk: battery swelling, keep the data");

        log.noteTicket(new Ticket("R-1201"), " ");
        reopen();
        assertThat(only(log.forTicket(new Ticket("R-1201"))).customerNote()).isNull();
        assertThat(log.noteOf(new Ticket("R-1201"))).isEmpty();
    }

    @Test
    void hostileTicketIdsAreStoredAndFoundExactly() {
        List<String> hostile = List.of(
                "R-1'; DROP TABLE attempts; --",
                "Robert\"); DELETE FROM tickets; --",
                "%", "R-_", "\\\\server\\share", "🔧📱 réparation №7 — 修理",
                "שלום\u202Eevil", "=HYPERLINK(\"http://x\")",
                "😀".repeat(Ticket.MAX_LENGTH));
        for (String ticket : hostile) {
            log.begin(Attempts.of(ticket, Attempts.IPHONE, "2"));
        }
        log.begin(Attempts.of("R-1", Attempts.IPAD, "2"));

        for (String ticket : hostile) {
            RestoreAttempt found = only(log.forTicket(new Ticket(ticket)));
            assertThat(found.ticket().id()).isEqualTo(ticket);
        }
        assertThat(log.forTicket(new Ticket("R-1"))).singleElement()
                .satisfies(attempt -> assertThat(attempt.ecid()).isEqualTo(Attempts.IPAD));
        assertThat(log.all()).hasSize(hostile.size() + 1);
        assertThat(log.forTicket(new Ticket("R-9"))).isEmpty();
    }

    @Test
    void theEngineLogKeepsItsTailWithinTheLimit() {
        JdbcAttemptLog small = new JdbcAttemptLog(database.store(), 100);
        long id = small.begin(Attempts.of("R-1003", Attempts.IPHONE, "4"));
        StringBuilder written = new StringBuilder();
        for (int line = 0; line < 60; line++) {
            String text = "line " + line + " ✓\n";
            small.appendLog(id, text);
            written.append(text);
        }

        String kept = small.engineLog(id);
        assertThat(kept).hasSize(100).isEqualTo(written.substring(written.length() - 100));
        assertThat(partsStored(id)).as("old parts are deleted as the log grows").isLessThan(60);

        long other = small.begin(Attempts.of("R-1003", Attempts.IPHONE, "4"));
        small.appendLog(other, "x".repeat(250) + "the end\0with a NUL");
        assertThat(small.engineLog(other)).endsWith("the end\uFFFDwith a NUL").hasSize(100);
        assertThat(small.engineLog(id)).isEqualTo(kept);
        assertThat(log.engineLog(other + 1)).isEmpty();
        assertThatThrownBy(() -> small.appendLog(other + 1, "lost?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no attempt");
    }

    @Test
    void progressEventsAreKeptInOrder() {
        long id = log.begin(Attempts.of("R-1004", Attempts.IPHONE, "1"));
        log.progress(id, "Sending iBEC", 100);
        clock.advance(Duration.ofSeconds(30));
        log.progress(id, "Sending filesystem now...", 42);

        assertThat(log.progressEvents(id)).containsExactly(
                new ProgressEvent(MONDAY_NINE, "Sending iBEC", 100),
                new ProgressEvent(MONDAY_NINE.plusSeconds(30), "Sending filesystem now...", 42));
        assertThatThrownBy(() -> log.progress(id, "too far", 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttemptLeftRunningBecomesInterruptedWithItsLogOnReopening() {
        long id = log.begin(Attempts.of("R-1005", Attempts.IPHONE, "5"));
        clock.advance(Duration.ofSeconds(40));
        log.appendLog(id, "Waiting for device to enter restore mode...\n");
        long finished = log.begin(Attempts.of("R-1005", Attempts.IPAD, "6"));
        log.finish(finished, AttemptOutcome.SUCCEEDED, null);

        clock.advance(Duration.ofHours(2));
        reopen();

        assertThat(database.interruptedAtStart()).isEqualTo(1);
        RestoreAttempt interrupted = log.forDevice(Attempts.IPHONE).get(0);
        assertThat(interrupted.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
        assertThat(interrupted.endedAt()).as("ends at the last thing recorded").isEqualTo(MONDAY_NINE.plusSeconds(40));
        assertThat(interrupted.summary()).contains("station stopped");
        assertThat(log.engineLog(id)).isEqualTo("Waiting for device to enter restore mode...\n");
        assertThat(log.forDevice(Attempts.IPAD).get(0).outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);

        reopen();
        assertThat(database.interruptedAtStart()).isZero();
    }

    @Test
    void aDeviceHistorySpansTicketsOldestFirst() {
        long first = log.begin(Attempts.of("R-2001", Attempts.IPHONE, "1"));
        log.finish(first, AttemptOutcome.FAILED, USB_4013);
        clock.advance(Duration.ofDays(3));
        log.begin(Attempts.of("R-2002", Attempts.IPAD, "2"));
        clock.advance(Duration.ofDays(3));
        long second = log.begin(Attempts.of("R-2003", Attempts.IPHONE, "1", "replace-cable"));

        assertThat(log.forDevice(Attempts.IPHONE)).extracting(RestoreAttempt::id).containsExactly(first, second);
        assertThat(database.shopHistory().attemptsForDevice(Attempts.IPHONE))
                .extracting(a -> a.ticket().id()).containsExactly("R-2001", "R-2003");
        assertThat(log.forDevice(Attempts.IPHONE).get(1).fixesApplied()).containsExactly("replace-cable");
    }

    @Test
    void attemptsAreFoundBySlotAndBySerialNumber() {
        long first = log.begin(Attempts.noted("R-2201", Attempts.IPHONE, null, "F2LZK0ABC123"));
        clock.advance(Duration.ofHours(1));
        long other = log.begin(Attempts.of("R-2202", Attempts.IPAD, "7"));
        clock.advance(Duration.ofHours(1));
        long again = log.begin(Attempts.noted("R-2203", Attempts.IPHONE, null, "F2LZK0ABC123"));

        assertThat(log.inSlot("1")).extracting(RestoreAttempt::id).containsExactly(first, again);
        assertThat(log.inSlot("7")).extracting(RestoreAttempt::id).containsExactly(other);
        assertThat(log.inSlot("70")).isEmpty();
        assertThat(log.forSerialNumber("f2lzk0abc123")).extracting(RestoreAttempt::id).containsExactly(first, again);
        assertThat(log.forSerialNumber("F2LZK0ABC124")).isEmpty();
    }

    @Test
    void attemptsAreFoundByWhenTheyStarted() {
        long monday = log.begin(Attempts.of("R-2101", Attempts.IPHONE, "1"));
        clock.advance(Duration.ofDays(1));
        long tuesday = log.begin(Attempts.of("R-2102", Attempts.IPAD, "2"));
        clock.advance(Duration.ofDays(1));
        log.begin(Attempts.of("R-2103", Attempts.IPAD, "2"));

        assertThat(log.startedBetween(MONDAY_NINE, MONDAY_NINE.plus(Duration.ofDays(2))))
                .extracting(RestoreAttempt::id).containsExactly(monday, tuesday);
        assertThat(log.startedBetween(MONDAY_NINE.plusSeconds(1), MONDAY_NINE.plus(Duration.ofDays(1))))
                .as("the start is inclusive, the end exclusive").isEmpty();
    }

    @Test
    void fixesAreKeptInTheOrderApplied() throws SQLException {
        long id = log.begin(Attempts.of("R-2004", Attempts.IPHONE, "1", "try-another-port", "replace-cable",
                "enter-dfu-again", "replace-cable"));

        assertThat(only(log.forTicket(new Ticket("R-2004"))).fixesApplied())
                .containsExactly("try-another-port", "replace-cable", "enter-dfu-again");
        try (Connection connection = connect(source); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT applied_by FROM fixes_applied WHERE attempt_id = " + id)) {
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualTo("Sam");
            }
        }
    }

    @Test
    void fixOutcomesCountTheFixesOnTheNextAttemptAfterEachFailure() {
        // iPhone: 4013, then cable + port: succeeded
        fail(log.begin(Attempts.of("T-1", Attempts.IPHONE, "1")), USB_4013);
        succeed(log.begin(Attempts.of("T-1", Attempts.IPHONE, "1", "replace-cable", "try-another-port")));
        // iPad: 4013, then cable: 4013 again, then DFU: succeeded
        fail(log.begin(Attempts.onProduct("T-2", Attempts.IPAD, "iPad13,1")), USB_4013);
        fail(log.begin(Attempts.onProduct("T-2", Attempts.IPAD, "iPad13,1", "replace-cable")), USB_4013);
        succeed(log.begin(Attempts.onProduct("T-2", Attempts.IPAD, "iPad13,1", "enter-dfu-again")));
        // a third device: 4013, its next attempt with cable is still running: no result yet
        Ecid third = Ecid.parse("0xABCDEF");
        fail(log.begin(Attempts.of("T-3", third, "2")), USB_4013);
        log.begin(Attempts.of("T-3", third, "2", "replace-cable"));
        // a signing failure followed by a fix: not a 4013 story
        Diagnosis signing = new Diagnosis(ErrorCategory.SIGNING, 3194, null, "This build is not signed");
        Ecid fourth = Ecid.parse("0x123");
        fail(log.begin(Attempts.of("T-4", fourth, "2")), signing);
        succeed(log.begin(Attempts.of("T-4", fourth, "2", "pick-a-signed-build")));

        assertThat(database.shopHistory().fixOutcomes(4013, ErrorCategory.USB_CONNECTION, null)).containsExactly(
                new FixOutcome("enter-dfu-again", 1, 1),
                new FixOutcome("replace-cable", 2, 1),
                new FixOutcome("try-another-port", 1, 1));
        assertThat(database.shopHistory().fixOutcomes(4013, null, "iPad13,1")).containsExactly(
                new FixOutcome("enter-dfu-again", 1, 1),
                new FixOutcome("replace-cable", 1, 0));
        assertThat(database.shopHistory().fixOutcomes(null, ErrorCategory.SIGNING, null))
                .containsExactly(new FixOutcome("pick-a-signed-build", 1, 1));
        assertThat(database.shopHistory().fixOutcomes(9, null, null)).isEmpty();
    }

    @Test
    void slotsCountTheirAttemptsAndUsbFailures() {
        fail(log.begin(Attempts.of("T-5", Attempts.IPHONE, "7")), USB_4013);
        fail(log.begin(Attempts.of("T-5", Attempts.IPHONE, "7")),
                new Diagnosis(ErrorCategory.STORAGE, 6, null, "Storage failed"));
        succeed(log.begin(Attempts.of("T-6", Attempts.IPAD, "8")));
        clock.advance(Duration.ofDays(10));
        fail(log.begin(Attempts.of("T-7", Attempts.IPAD, "8")), USB_4013);

        assertThat(database.shopHistory().slotRecords(MONDAY_NINE)).containsExactly(
                new SlotRecord("7", 2, 1), new SlotRecord("8", 2, 1));
        assertThat(database.shopHistory().slotRecords(MONDAY_NINE.plus(Duration.ofDays(1))))
                .containsExactly(new SlotRecord("8", 1, 1));
        assertThat(database.shopReport().inSlot("8")).extracting(a -> a.ticket().id()).containsExactly("T-6", "T-7");
    }

    @Test
    void aFailureTheModelsOwnHardwareExplainsDoesNotCountAgainstItsSlot() {
        fail(log.begin(Attempts.onProduct("T-8", Attempts.IPHONE, "iPhone9,3")), USB_4013);
        fail(log.begin(Attempts.onProduct("T-8", Attempts.IPHONE, "iPhone9,3")),
                new Diagnosis(ErrorCategory.USB_CONNECTION, 4005, null, "Lost the device"));
        fail(log.begin(Attempts.onProduct("T-8", Attempts.IPHONE, "iPhone9,3")),
                new Diagnosis(ErrorCategory.USB_CONNECTION, null, -1, "No Apple code"));
        fail(log.begin(Attempts.of("T-9", Attempts.IPAD, "1")), USB_4013);
        List<DeviceFault> iPhone7 = List.of(new DeviceFault(4013, 4014, "iPhone9,3"), new DeviceFault(4013, 4013, "iPhone9,1"));

        assertThat(database.shopHistory(iPhone7).slotRecords(MONDAY_NINE))
                .as("the iPhone 7's 4013 is its own; its other failures and another model's 4013 count")
                .containsExactly(new SlotRecord("1", 4, 3));
        assertThat(database.shopHistory().slotRecords(MONDAY_NINE)).containsExactly(new SlotRecord("1", 4, 4));
    }

    @Test
    void failuresAreCountedPerCategoryFromTheGivenTimeOn() {
        fail(log.begin(Attempts.of("T-10", Attempts.IPHONE, "1")), USB_4013);
        clock.advance(Duration.ofDays(2));
        Instant since = clock.instant();
        fail(log.begin(Attempts.of("T-10", Attempts.IPHONE, "1")), USB_4013);
        fail(log.begin(Attempts.of("T-11", Attempts.IPAD, "2")), USB_4013);
        fail(log.begin(Attempts.of("T-11", Attempts.IPAD, "2")),
                new Diagnosis(ErrorCategory.SIGNING, 3194, null, "This build is no longer signed"));
        succeed(log.begin(Attempts.of("T-11", Attempts.IPAD, "2")));
        log.begin(Attempts.of("T-12", Attempts.IPHONE, "3"));

        assertThat(database.shopReport().failuresPerCategory(since)).containsOnly(
                Map.entry(ErrorCategory.USB_CONNECTION, 2), Map.entry(ErrorCategory.SIGNING, 1));
        assertThat(database.shopReport().failuresPerCategory(MONDAY_NINE.minus(Duration.ofDays(1))))
                .containsEntry(ErrorCategory.USB_CONNECTION, 3);
        assertThat(database.shopReport().failuresPerCategory(clock.instant().plusSeconds(1))).isEmpty();
    }

    @Test
    void theReportCountsEachDay() {
        fail(log.begin(Attempts.of("T-8", Attempts.IPHONE, "1")), USB_4013);
        fail(log.begin(Attempts.of("T-8", Attempts.IPHONE, "1")),
                new Diagnosis(ErrorCategory.USB_CONNECTION, 9, null, "The device disappeared"));
        succeed(log.begin(Attempts.of("T-8", Attempts.IPHONE, "1")));
        clock.advance(Duration.ofHours(16));
        succeed(log.begin(Attempts.of("T-9", Attempts.IPAD, "2")));
        log.begin(Attempts.of("T-9", Attempts.IPAD, "2"));

        var days = database.shopReport().resultsPerDay(MONDAY_NINE.minus(Duration.ofDays(1)),
                ZoneId.of("Europe/Berlin"));
        assertThat(days).hasSize(2);
        assertThat(days.get(0).attempts()).isEqualTo(3);
        assertThat(days.get(0).succeeded()).isEqualTo(1);
        assertThat(days.get(0).failed()).isEqualTo(2);
        assertThat(days.get(1).day()).hasToString("2026-03-03");
        assertThat(days.get(1).running()).isEqualTo(1);
        assertThat(days.get(1).successRate()).isEqualTo(1.0);
    }

    @Test
    void anIdentifierThatDoesNotFitIsRefusedAndNothingIsWritten() {
        NewAttempt base = Attempts.of("R-3001", Attempts.IPHONE, "1");
        NewAttempt longSlot = new NewAttempt(base.ticket(), null, base.ecid(), null, null, base.productType(),
                base.deviceName(), "slot ".repeat(20), base.station(), base.technician(), base.build(), base.firmwareSha1(), base.mode(),
                base.kind(), base.engine(), base.engineVersion(), List.of());

        assertThatThrownBy(() -> log.begin(longSlot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slot label is 100 characters long; at most 64 are kept");
        assertThatThrownBy(() -> log.begin(Attempts.of("R-3001", Attempts.IPHONE, "1", "fix-".repeat(20))))
                .hasMessageContaining("fix id");
        assertThat(log.all()).isEmpty();
    }

    @Test
    void benchesBeginningOnOneNewTicketAtOnceShareIt() throws Exception {
        ExecutorService benches = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> starts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Ecid ecid = new Ecid(1000 + i % 3);
                starts.add(() -> log.begin(Attempts.of("R-RUSH", ecid, "1")));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> started : benches.invokeAll(starts)) {
                ids.add(started.get());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(24);
        } finally {
            benches.shutdownNow();
        }
        assertThat(log.forTicket(new Ticket("R-RUSH"))).hasSize(24);
    }

    @Test
    void aHistoryFromANewerStationIsRefusedAndLeftUntouched() throws Exception {
        log.begin(Attempts.of("R-9001", Attempts.IPHONE, "1"));
        database.close();
        database = null;
        try (Connection connection = connect(source); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from a newer station', 'SQL', 'V99__newer.sql', 'station', 1, TRUE)");
            statement.executeUpdate("ALTER TABLE attempts ADD COLUMN newer_field VARCHAR(10)");
        }

        assertThatThrownBy(() -> HistoryDatabase.open(source, "bench-1", clock))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("by a newer Restore Station")
                .hasMessageContaining("left untouched");
        try (Connection connection = connect(source); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM attempts WHERE outcome = 'RUNNING'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("not marked interrupted, nothing written").isEqualTo(1);
        }
    }

    @Test
    void aVersion1DatabaseIsUpgradedKeepingItsAttemptsAndLogs() throws Exception {
        HistorySource older = freshSource();
        flyway(older).locations("classpath:dev/restorestation/history/migrations").target("1").load().migrate();
        String iphone = Long.toString(Attempts.IPHONE.value());
        try (Connection connection = connect(older); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO tickets (id, ticket, customer_note, created_at) VALUES (7,"
                    + " 'R-0042 ''screen''', 'Customer says: boot loop', TIMESTAMP WITH TIME ZONE '2025-11-03 10:00:00+00')");
            statement.executeUpdate("INSERT INTO devices (ecid, product_type, first_seen_at, last_seen_at) VALUES ("
                    + iphone + ", 'iPhone12,1', TIMESTAMP WITH TIME ZONE '2025-11-03 10:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-11-03 10:00:00+00')");
            statement.executeUpdate("INSERT INTO attempts (id, ticket_id, ecid, product_type, slot, station, technician,"
                    + " build, device_mode, kind, engine, started_at, ended_at, outcome, apple_code, category, summary,"
                    + " engine_log) VALUES (100, 7, " + iphone + ", 'iPhone12,1', '4', 'bench-1', 'Ana', '22G86',"
                    + " 'RECOVERY', 'ERASE', 'idevicerestore', TIMESTAMP WITH TIME ZONE '2025-11-03 10:05:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-11-03 10:12:00+00', 'FAILED', 4013, 'usb-connection',"
                    + " 'USB connection dropped', 'ERROR: Unable to send iBEC; Done: -1')");
            statement.executeUpdate("INSERT INTO attempts (id, ticket_id, ecid, slot, station, device_mode, kind, engine,"
                    + " started_at, outcome, engine_log) VALUES (101, 7, " + iphone + ", '4', 'bench-1', 'DFU', 'ERASE',"
                    + " 'idevicerestore', TIMESTAMP WITH TIME ZONE '2025-11-03 10:20:00+00', 'RUNNING',"
                    + " 'Sending filesystem now...')");
            statement.executeUpdate("INSERT INTO fixes_applied (attempt_id, position, fix_id, applied_by)"
                    + " VALUES (101, 0, 'replace-cable', 'Ana')");
        }

        HistoryDatabase upgraded = HistoryDatabase.open(older, "bench-1", clock);
        try {
            AttemptLog kept = upgraded.attemptLog();
            assertThat(upgraded.interruptedAtStart()).isEqualTo(1);
            List<RestoreAttempt> attempts = kept.forTicket(new Ticket("R-0042 'screen'"));
            assertThat(attempts).extracting(RestoreAttempt::id).containsExactly(100L, 101L);
            assertThat(attempts.get(0).appleCode()).isEqualTo(4013);
            assertThat(attempts.get(0).kind()).isEqualTo(RestoreKind.ERASE);
            assertThat(attempts.get(0).endedAt()).isEqualTo(Instant.parse("2025-11-03T10:12:00Z"));
            assertThat(attempts.get(1).outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
            assertThat(attempts).extracting(RestoreAttempt::verification).containsOnlyNulls();
            assertThat(attempts.get(1).fixesApplied()).containsExactly("replace-cable");
            assertThat(kept.engineLog(100)).isEqualTo("ERROR: Unable to send iBEC; Done: -1");
            assertThat(upgraded.shopHistory().fixOutcomes(4013, null, "iPhone12,1"))
                    .as("the interrupted retry counts as tried, not as a success")
                    .containsExactly(new FixOutcome("replace-cable", 1, 0));
            kept.appendLog(101, " restore interrupted here");
            assertThat(kept.engineLog(101)).isEqualTo("Sending filesystem now... restore interrupted here");
            assertThat(kept.begin(Attempts.of("R-0042 'screen'", Attempts.IPHONE, "4"))).isNotIn(100L, 101L);
        } finally {
            upgraded.close();
        }
    }

    int partsStored(long attemptId) {
        return database.store().read("count", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT COUNT(*) FROM engine_log_parts WHERE attempt_id = " + attemptId)) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    void fail(long id, Diagnosis diagnosis) {
        clock.advance(Duration.ofMinutes(5));
        log.finish(id, AttemptOutcome.FAILED, diagnosis);
        clock.advance(Duration.ofMinutes(1));
    }

    void succeed(long id) {
        clock.advance(Duration.ofMinutes(5));
        log.finish(id, AttemptOutcome.SUCCEEDED, null);
        clock.advance(Duration.ofMinutes(1));
    }

    static RestoreAttempt only(List<RestoreAttempt> attempts) {
        assertThat(attempts).hasSize(1);
        return attempts.get(0);
    }
}
