package dev.restorestation.advisor;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The history port kept in memory, answering its queries from recorded attempts as the port's
 * javadoc defines them, so the advisor's rules can be tested without a database.
 */
final class RecordedHistory implements ShopHistory {

    private final List<RestoreAttempt> attempts = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    RecordedHistory succeeded(Ecid ecid, String productType, String slot, String... fixesApplied) {
        return add(ecid, productType, slot, AttemptOutcome.SUCCEEDED, null, null, fixesApplied);
    }

    RecordedHistory failed(Ecid ecid, String productType, String slot, Integer appleCode, ErrorCategory category,
                           String... fixesApplied) {
        return add(ecid, productType, slot, AttemptOutcome.FAILED, appleCode, category, fixesApplied);
    }

    /** An attempt begun and not finished yet, as when advice is asked before the failure is recorded. */
    RecordedHistory running(Ecid ecid, String productType, String slot, String... fixesApplied) {
        return add(ecid, productType, slot, AttemptOutcome.RUNNING, null, null, fixesApplied);
    }

    private RecordedHistory add(Ecid ecid, String productType, String slot, AttemptOutcome outcome, Integer appleCode,
                                ErrorCategory category, String... fixesApplied) {
        clock = clock.plusSeconds(600);
        attempts.add(new RestoreAttempt(attempts.size() + 1, new Ticket("T-" + ecid.shortForm()), null, ecid, null, productType, slot,
                "21G93", DeviceMode.DFU, RestoreKind.UPDATE, "simulated", "sam", clock, outcome == AttemptOutcome.RUNNING ? null : clock.plusSeconds(300), outcome,
                appleCode, null, category, outcome == AttemptOutcome.FAILED ? "failed" : "", List.of(fixesApplied), null));
        return this;
    }

    @Override
    public List<FixOutcome> fixOutcomes(Integer appleCode, ErrorCategory category, String productType) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < attempts.size(); i++) {
            RestoreAttempt failure = attempts.get(i);
            boolean selected = failure.outcome() == AttemptOutcome.FAILED
                    && (appleCode == null ? failure.category() == category : appleCode.equals(failure.appleCode()))
                    && (productType == null || productType.equals(failure.productType()));
            if (!selected) {
                continue;
            }
            attempts.stream().skip(i + 1L).filter(next -> next.ecid().equals(failure.ecid())).findFirst()
                    .filter(next -> next.outcome() != AttemptOutcome.RUNNING).ifPresent(next ->
                    next.fixesApplied().forEach(fix -> {
                        int[] count = counts.computeIfAbsent(fix, id -> new int[2]);
                        count[0]++;
                        count[1] += next.outcome() == AttemptOutcome.SUCCEEDED ? 1 : 0;
                    }));
        }
        return counts.entrySet().stream().map(e -> new FixOutcome(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public List<SlotRecord> slotRecords(Instant since) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        attempts.stream().filter(a -> !a.startedAt().isBefore(since) && a.slot() != null).forEach(a -> {
            int[] count = counts.computeIfAbsent(a.slot(), slot -> new int[2]);
            count[0]++;
            count[1] += a.category() == ErrorCategory.USB_CONNECTION ? 1 : 0;
        });
        return counts.entrySet().stream().map(e -> new SlotRecord(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public List<RestoreAttempt> attemptsForDevice(Ecid ecid) {
        return attempts.stream().filter(a -> Objects.equals(a.ecid(), ecid)).toList();
    }
}
