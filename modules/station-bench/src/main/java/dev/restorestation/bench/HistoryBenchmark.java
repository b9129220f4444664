package dev.restorestation.bench;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The H2 history at shop scale: loads attempts through the real attempt log (begin and finish on
 * disk, one engine log part each) from several bench threads, then times per-ticket history and
 * per-error fix statistics and reports the file size per attempt, right after the load and at
 * rest.
 * Args: {@code [attempts=1000000] [tickets=200000] [threads=4] [logChars=1000] [folder]}.
 */
final class HistoryBenchmark implements Benchmark {

    private static final Diagnosis[] FAILURES = {
        new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1, "The USB connection dropped while the device restarted"),
        new Diagnosis(ErrorCategory.USB_CONNECTION, 9, -1, "The device disappeared during the restore"),
        new Diagnosis(ErrorCategory.USB_CONNECTION, 4005, -1, "The USB connection dropped"),
        new Diagnosis(ErrorCategory.SIGNING, 3194, -1, "Apple does not sign this build for the device"),
        new Diagnosis(ErrorCategory.STORAGE, 1100, -1, "The storage could not be prepared"),
        new Diagnosis(ErrorCategory.SECURITY_PAIRING, 53, -1, "Secure Enclave check failed"),
    };
    private static final String[] FIXES = {"replace-cable", "try-another-port", "enter-dfu-again", "update-host",
        "pick-a-signed-build", "direct-usb-no-hub"};
    private static final String[] NOTES = {"Cracked screen, customer wants the photos kept",
        "Stuck on the Apple logo after an update", "Water damage; erase is fine", "Boot loop, tried iTunes at home"};
    private static final String[] PRODUCTS = {"iPhone14,2", "iPhone15,3", "iPhone12,1", "iPad13,1", "iPhone10,3"};

    @Override
    public void run(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int logChars = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path folder = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("station-history-bench");
        HistorySource.EmbeddedFile source = new HistorySource.EmbeddedFile(folder.resolve("history"));
        SyntheticClock clock = new SyntheticClock(Instant.parse("2025-01-06T08:00:00Z"));

        System.out.printf("history benchmark: %,d attempts over %,d tickets, %d bench threads, %,d log chars each, in %s%n",
                attempts, tickets, threads, logChars, folder);
        long loadStart = System.nanoTime();
        List<Long> beginFinishMicros;
        try (HistoryDatabase history = HistoryDatabase.open(source, "bench-1", clock)) {
            beginFinishMicros = load(history.attemptLog(), attempts, tickets, threads, logChars);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long bytes = folderSize(source);
        System.out.printf("insert: %,.0f attempts/s (%,.1f s); begin+log+finish per attempt: p50 %.2f ms, p99 %.2f ms%n",
                attempts / loadSeconds, loadSeconds, percentile(beginFinishMicros, 50) / 1000.0,
                percentile(beginFinishMicros, 99) / 1000.0);
        System.out.printf("size right after the load: %,d bytes = %,.0f bytes per attempt "
                + "(with the chunks H2 keeps for 45 s after each checkpoint)%n", bytes, bytes / (double) attempts);
        long compactStart = System.nanoTime();
        HistoryDatabase.compact(source);
        long atRest = folderSize(source);
        System.out.printf("size at rest (SHUTDOWN COMPACT, %.0f s): %,d bytes = %,.0f bytes per attempt%n",
                (System.nanoTime() - compactStart) / 1e9, atRest, atRest / (double) attempts);

        long openStart = System.nanoTime();
        try (HistoryDatabase history = HistoryDatabase.open(source, "bench-1", clock)) {
            System.out.printf("reopen with %,d attempts: %.0f ms%n", attempts, (System.nanoTime() - openStart) / 1e6);
            ticketQueries(history.attemptLog(), tickets);
            fixStatistics(history.shopHistory());
            Instant monthAgo = clock.instant().minus(Duration.ofDays(30));
            timed("success per day, last 30 days", () -> history.shopReport()
                    .resultsPerDay(monthAgo, ZoneId.of("Europe/Berlin")).size());
            timed("failures per category, last 30 days", () -> history.shopReport().failuresPerCategory(monthAgo).size());
            timed("slot records, last 30 days", () -> history.shopHistory().slotRecords(monthAgo).size());
        }
    }

    private static List<Long> load(AttemptLog log, int attempts, int tickets, int threads, int logChars)
            throws Exception {
        String logText = engineLog(logChars);
        ExecutorService benches = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int bench = t;
                parts.add(benches.submit(() -> {
                    List<Long> micros = new ArrayList<>();
                    SplittableRandom random = new SplittableRandom(bench);
                    for (int i = bench; i < attempts; i += threads) {
                        long start = System.nanoTime();
                        oneAttempt(log, random, i, attempts, tickets, logText);
                        micros.add((System.nanoTime() - start) / 1000);
                    }
                    return micros;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } finally {
            benches.shutdownNow();
        }
    }

    /** Attempt i is for ticket i * tickets / attempts: each ticket's attempts follow one another. */
    private static void oneAttempt(AttemptLog log, SplittableRandom random, int i, int attempts, int tickets,
                                   String logText) {
        int ticket = (int) ((long) i * tickets / attempts);
        boolean firstOfTicket = (int) ((long) (i - 1) * tickets / attempts) != ticket || i == 0;
        List<String> fixes = firstOfTicket ? List.of() : List.of(FIXES[random.nextInt(FIXES.length)]);
        String note = firstOfTicket ? NOTES[ticket % NOTES.length] : null;
        NewAttempt attempt = new NewAttempt(new Ticket("R-" + (100000 + ticket)), note, new Ecid(0x1000000L + ticket),
                null, String.format("F2L%09d", ticket), PRODUCTS[ticket % PRODUCTS.length], null, Integer.toString(1 + random.nextInt(16)), null, "Sam",
                "22G86", null, DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", "1.0.0", fixes);
        long id = log.begin(attempt);
        log.appendLog(id, ownLog(logText, i, random));
        if (random.nextInt(100) < 45) {
            log.finish(id, AttemptOutcome.FAILED, FAILURES[random.nextInt(FAILURES.length)]);
        } else {
            log.finish(id, AttemptOutcome.SUCCEEDED, null);
        }
    }

    private static void ticketQueries(AttemptLog log, int tickets) {
        SplittableRandom random = new SplittableRandom(42);
        for (int warm = 0; warm < 500; warm++) {
            log.forTicket(new Ticket("R-" + (100000 + random.nextInt(tickets))));
        }
        List<Long> micros = new ArrayList<>();
        long found = 0;
        for (int q = 0; q < 10_000; q++) {
            Ticket ticket = new Ticket("R-" + (100000 + random.nextInt(tickets)));
            long start = System.nanoTime();
            found += log.forTicket(ticket).size();
            micros.add((System.nanoTime() - start) / 1000);
        }
        System.out.printf("per-ticket history (10,000 random tickets, %.1f attempts each): p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", found / 10_000.0, percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                Collections.max(micros) / 1000.0);
    }

    /** Every run asks about another error or product, so no answer comes from H2's result cache. */
    private static void fixStatistics(ShopHistory history) {
        List<Long> micros = new ArrayList<>();
        for (Diagnosis failure : FAILURES) {
            for (String product : PRODUCTS) {
                long start = System.nanoTime();
                history.fixOutcomes(failure.appleCode(), failure.category(), product);
                micros.add((System.nanoTime() - start) / 1000);
            }
            long start = System.nanoTime();
            history.fixOutcomes(failure.appleCode(), failure.category(), null);
            micros.add((System.nanoTime() - start) / 1000);
        }
        for (ErrorCategory category : List.of(ErrorCategory.USB_CONNECTION, ErrorCategory.SIGNING,
                ErrorCategory.STORAGE, ErrorCategory.SECURITY_PAIRING)) {
            long start = System.nanoTime();
            history.fixOutcomes(null, category, null);
            micros.add((System.nanoTime() - start) / 1000);
        }
        System.out.printf("per-error fix statistics (%d different questions: code, code+product, category):"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", micros.size(), percentile(micros, 50) / 1000.0,
                percentile(micros, 99) / 1000.0, Collections.max(micros) / 1000.0);
        timed("slot records, all time", () -> history.slotRecords(Instant.EPOCH).size());
    }

    /** Once: a repeat would be answered from H2's result cache. */
    private static void timed(String what, Supplier<Integer> query) {
        long start = System.nanoTime();
        int rows = query.get();
        System.out.printf("%s (%d rows): %.1f ms%n", what, rows, (System.nanoTime() - start) / 1e6);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long folderSize(HistorySource.EmbeddedFile source) throws Exception {
        try (Stream<Path> files = Files.list(source.directory())) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /** The shared text with this attempt's own numbers in it, so no two logs are alike. */
    private static String ownLog(String text, int attempt, SplittableRandom random) {
        String own = "attempt " + attempt + " ECID 0x" + Long.toHexString(random.nextLong()) + " NONC "
                + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()) + "\n";
        return own + text.substring(Math.min(own.length(), text.length()));
    }

    private static String engineLog(int chars) {
        String lines = """
                Found device in DFU mode
                Identified device as n104ap, iPhone12,1
                Extracting BuildManifest from IPSW
                Product Version: 18.6.2
                Variant: Customer Upgrade Install (IPSW)
                Sending iBEC (1112068 bytes)...
                Waiting for device to reconnect...
                Sending filesystem now...
                [==================================================] 100.0%
                """;
        return lines.repeat(chars / lines.length() + 1).substring(0, chars);
    }

    /** Moves 20 seconds on each reading, so a million attempts spread over months. */
    private static final class SyntheticClock extends Clock {
        private final AtomicLong millis;

        SyntheticClock(Instant start) {
            millis = new AtomicLong(start.toEpochMilli());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.addAndGet(20_000));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
