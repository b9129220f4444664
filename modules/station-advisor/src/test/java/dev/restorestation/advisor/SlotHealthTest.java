package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.history.SlotRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlotHealthTest {

    /** Twelve slots, 20 attempts each, 30 USB failures in all. */
    private static final int SLOTS = 12;
    private static final int ATTEMPTS = 20;
    private static final int TOTAL_FAILURES = 30;

    @Test
    void flagsAPlantedBadSlot() {
        List<SlotRecord> bench = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            // slot 7 has a bad cable: 8 failures; the other 11 share the remaining 22 (2 each)
            bench.add(new SlotRecord(Integer.toString(slot), ATTEMPTS, slot == 7 ? 8 : 2));
        }
        assertThat(bench.stream().mapToInt(SlotRecord::usbConnectionFailures).sum()).isEqualTo(TOTAL_FAILURES);

        List<SlotFinding> flagged = SlotHealth.flagged(bench);

        assertThat(flagged).singleElement().satisfies(finding -> {
            assertThat(finding.slot()).isEqualTo("7");
            assertThat(finding.failures()).isEqualTo(8);
            assertThat(finding.benchFailures()).isEqualTo(22);
            assertThat(finding.benchAttempts()).isEqualTo(220);
            assertThat(finding.describe(Locale.ENGLISH)).startsWith("slot 7 lost USB on 8 of 20 attempts against 22 of 220");
        });
    }

    @Test
    void doesNotFlagAHealthyBenchWithTheSameTotalFailures() {
        List<SlotRecord> bench = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            // 30 failures spread as evenly as they come: 3,3,3,3,3,3,2,2,2,2,2,2
            bench.add(new SlotRecord(Integer.toString(slot), ATTEMPTS, slot <= 6 ? 3 : 2));
        }
        assertThat(bench.stream().mapToInt(SlotRecord::usbConnectionFailures).sum()).isEqualTo(TOTAL_FAILURES);

        assertThat(SlotHealth.flagged(bench)).isEmpty();
    }

    @Test
    void aSlotWithTooFewAttemptsIsNotJudged() {
        List<SlotRecord> bench = new ArrayList<>(List.of(new SlotRecord("9", SlotHealth.MIN_ATTEMPTS - 1, SlotHealth.MIN_ATTEMPTS - 1)));
        for (int slot = 1; slot <= 8; slot++) {
            bench.add(new SlotRecord(Integer.toString(slot), 40, 0));
        }
        assertThat(SlotHealth.flagged(bench)).isEmpty();

        bench.set(0, new SlotRecord("9", SlotHealth.MIN_ATTEMPTS, SlotHealth.MIN_ATTEMPTS - 1));
        assertThat(SlotHealth.flagged(bench)).extracting(SlotFinding::slot).containsExactly("9");
    }

    @Test
    void rowsOfOneSlotFromSeveralBenchesAreAddedUp() {
        List<SlotRecord> records = new ArrayList<>();
        for (int slot = 1; slot <= 6; slot++) {
            records.add(new SlotRecord(Integer.toString(slot), 30, 1));
        }
        records.add(new SlotRecord("3", 6, 5));
        records.add(new SlotRecord("3", 6, 5));
        assertThat(SlotHealth.flagged(records)).extracting(SlotFinding::slot).containsExactly("3");
    }
}
