package dev.restorestation.bench;

import dev.restorestation.advisor.EmptyShopHistory;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.core.advice.Advisor;
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
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What advice costs when a restore fails: loading the knowledge base, and one {@code advise}
 * call from the knowledge base alone (the baseline) against one that also reads a real H2
 * history (fix outcomes, the device's attempts for escalation, slot records for cable health).
 * Args: {@code [attempts in the history] [advise calls]}.
 */
final class AdviceBenchmark implements Benchmark {

    private static final int SLOTS = 24;
    private static final int[] CODES = {4013, 4014, 9, 14, 3194, 3014, 1015, 6};
    private static final String[] FIXES = {"cable-swap", "direct-port", "update-host", "force-restart-update",
        "other-computer", "dfu-erase-restore"};
    private static final String[] MODELS = {"iPhone9,3", "iPhone12,1", "iPhone14,2", "iPad7,5"};

    @Override
    public void run(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;

        long coldStart = System.nanoTime();
        KnowledgeBase knowledge = KnowledgeBase.bundled();
        knowledge.fix("cable-swap");
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        byte[] file;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.BUNDLED)) {
            file = in.readAllBytes();
        }
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            KnowledgeBase.read(new ByteArrayInputStream(file), "bench");
            loads.add(System.nanoTime() - start);
        }
        Collections.sort(loads);
        System.out.printf("knowledge base read and checked: on first use %.1f ms, then median %.2f ms%n", coldMs,
                ms(median(loads)));

        List<Long> baseline = advise(new ShopAdvisor(knowledge, new EmptyShopHistory(), Clock.systemUTC()), calls, attempts);
        report("knowledge base only (baseline)", baseline, calls);

        Path folder = Files.createTempDirectory("advice-bench");
        try (HistoryDatabase database = HistoryDatabase.open(new HistorySource.EmbeddedFile(folder), "bench", Clock.systemUTC())) {
            long seedStart = System.nanoTime();
            seed(database.attemptLog(), attempts);
            System.out.printf("seeded %d attempts into H2 in %.1f s%n", attempts, (System.nanoTime() - seedStart) / 1e9);
            List<Long> withHistory = advise(new ShopAdvisor(knowledge, database.shopHistory(), Clock.systemUTC()), calls, attempts);
            report("with the H2 history of " + attempts + " attempts", withHistory, calls);
            System.out.printf("median with history / median baseline = %.1f%n", median(withHistory) / (double) median(baseline));
        }
    }

    private static List<Long> advise(Advisor advisor, int calls, int attempts) {
        Random random = new Random(7);
        int devices = Math.max(1, attempts / 5);
        for (int i = 0; i < calls / 10; i++) {
            call(advisor, random, devices);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call(advisor, random, devices);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static void call(Advisor advisor, Random random, int devices) {
        Diagnosis diagnosis = new Diagnosis(ErrorCategory.USB_CONNECTION, CODES[random.nextInt(CODES.length)], null, "failed");
        advisor.advise(diagnosis, MODELS[random.nextInt(MODELS.length)], new Ecid(1 + random.nextInt(devices)));
    }

    /** Five attempts a device on average: failures with fixes applied before the retries, most ending well. */
    private static void seed(AttemptLog log, int attempts) {
        Random random = new Random(42);
        int devices = Math.max(1, attempts / 5);
        for (int i = 0; i < attempts; i++) {
            Ecid ecid = new Ecid(1 + random.nextInt(devices));
            List<String> fixes = random.nextInt(3) == 0 ? List.of() : List.of(FIXES[random.nextInt(FIXES.length)]);
            long id = log.begin(new NewAttempt(new Ticket("R-" + ecid.shortForm()), null, ecid, null, null,
                    MODELS[(int) (ecid.value() % MODELS.length)], "iPhone", Integer.toString(1 + random.nextInt(SLOTS)),
                    "bench", "Sam", "22G86", "3f1e9c2d4b5a69788796a5b4c3d2e1f00a1b2c3d", DeviceMode.DFU,
                    RestoreKind.UPDATE, "simulated", "1.0", fixes));
            boolean failed = random.nextInt(10) < 4;
            int code = CODES[random.nextInt(CODES.length)];
            log.finish(id, failed ? AttemptOutcome.FAILED : AttemptOutcome.SUCCEEDED,
                    failed ? new Diagnosis(ErrorCategory.USB_CONNECTION, code, null, "failed with " + code) : null);
        }
    }

    private static void report(String what, List<Long> sorted, int calls) {
        System.out.printf("advise, %s, %d calls (ms): p50 %.3f, p99 %.3f, max %.3f%n", what, calls, ms(median(sorted)),
                ms(sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)), ms(sorted.get(sorted.size() - 1)));
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
