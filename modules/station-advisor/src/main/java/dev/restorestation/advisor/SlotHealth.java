package dev.restorestation.advisor;

import dev.restorestation.core.history.SlotRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a slot (its cable or hub port) that loses USB more than the bench does, so it is fixed
 * instead of blamed on phones.
 *
 * <p>Test: each slot with at least {@value #MIN_ATTEMPTS} attempts is compared with all other
 * slots together by a one-sided Fisher exact test on its {@code usb-connection} failures. A slot
 * is flagged when its p-value is below {@value #SIGNIFICANCE} divided by the number of slots
 * tested (Bonferroni), so a bench with many slots does not flag one by chance. Failures spread
 * evenly over a bench never single out a slot, however many there are.
 */
public final class SlotHealth {

    public static final int MIN_ATTEMPTS = 10;
    public static final double SIGNIFICANCE = 0.05;

    private SlotHealth() {
    }

    /** The slots to fix, worst first. */
    public static List<SlotFinding> flagged(List<SlotRecord> records) {
        Map<String, SlotRecord> bySlot = new LinkedHashMap<>();
        records.forEach(r -> bySlot.merge(r.slot(), r, (a, b) ->
                new SlotRecord(a.slot(), a.attempts() + b.attempts(), a.usbConnectionFailures() + b.usbConnectionFailures())));
        int totalAttempts = bySlot.values().stream().mapToInt(SlotRecord::attempts).sum();
        int totalFailures = bySlot.values().stream().mapToInt(SlotRecord::usbConnectionFailures).sum();
        List<SlotRecord> tested = bySlot.values().stream()
                .filter(r -> r.attempts() >= MIN_ATTEMPTS && r.attempts() < totalAttempts)
                .toList();
        double threshold = SIGNIFICANCE / Math.max(1, tested.size());
        FisherExactTest fisher = new FisherExactTest(totalAttempts);
        List<SlotFinding> findings = new ArrayList<>();
        for (SlotRecord slot : tested) {
            double p = fisher.upperTail(slot.usbConnectionFailures(), slot.attempts(), totalFailures);
            if (p < threshold) {
                findings.add(new SlotFinding(slot.slot(), slot.attempts(), slot.usbConnectionFailures(),
                        totalAttempts - slot.attempts(), totalFailures - slot.usbConnectionFailures(), p));
            }
        }
        findings.sort(Comparator.comparingDouble(SlotFinding::pValue));
        return List.copyOf(findings);
    }
}
