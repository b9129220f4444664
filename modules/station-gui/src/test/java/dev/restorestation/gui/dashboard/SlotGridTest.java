package dev.restorestation.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.history.SlotRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlotGridTest {

    @Test
    void slotsAreLaidOutInCountingOrderRowByRowAboutTwiceAsWideAsTall() {
        List<SlotRecord> slots = IntStream.rangeClosed(1, 12).map(i -> 13 - i)
                .mapToObj(i -> new SlotRecord(String.valueOf(i), 10, i == 10 ? 6 : 0))
                .toList();

        SlotGrid grid = SlotGrid.of(slots);

        assertThat(grid.columns()).isEqualTo(5);
        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.cells().get(0).slot().slot()).isEqualTo("1");
        assertThat(grid.cells().get(9).slot().slot()).isEqualTo("10");
        assertThat(grid.cells().get(9).column()).isEqualTo(4);
        assertThat(grid.cells().get(9).row()).isEqualTo(1);
        assertThat(grid.cells().get(9).rate()).isEqualTo(0.6);
    }

    @Test
    void aSmallBenchIsOneRowAndNamedSlotsFollowNumberedOnes() {
        SlotGrid grid = SlotGrid.of(List.of(new SlotRecord("B", 1, 0), new SlotRecord("2", 1, 0), new SlotRecord("A", 0, 0)));

        assertThat(grid.columns()).isEqualTo(4);
        assertThat(grid.rows()).isEqualTo(1);
        assertThat(grid.cells()).extracting(cell -> cell.slot().slot()).containsExactly("1", "2", "A", "B");
        assertThat(grid.cells().get(2).rate()).isZero();
    }

    @Test
    void aNumberedSlotWithoutAttemptsKeepsItsPlaceSoTheOthersDoNotShift() {
        SlotGrid grid = SlotGrid.of(List.of(new SlotRecord("4", 10, 0), new SlotRecord("1", 10, 0), new SlotRecord("2", 10, 0)));

        assertThat(grid.cells()).extracting(cell -> cell.slot().slot()).containsExactly("1", "2", "3", "4");
        assertThat(grid.cells().get(2).colourRate()).as("painted as no data").isNegative();
        assertThat(SlotHeatMap.label(grid.cells().get(2), false)).isEqualTo("3  —");
        assertThat(grid.cells().get(3).column()).isEqualTo(3);
    }

    @Test
    void oneFailureInTwoAttemptsIsNotPaintedLikeAPortThatFailsOften() {
        List<SlotRecord> bench = List.of(new SlotRecord("1", 2, 1), new SlotRecord("2", 40, 20), new SlotRecord("3", 58, 0));

        SlotGrid grid = SlotGrid.of(bench);

        assertThat(grid.cells().get(0).rate()).isEqualTo(0.5);
        assertThat(grid.cells().get(0).colourRate()).isLessThan(HealthScale.BAD);
        assertThat(grid.cells().get(1).colourRate()).isGreaterThan(HealthScale.BAD);
        assertThat(grid.cells().get(2).colourRate()).as("no failure is no failure").isZero();
    }

    @Test
    void aFortySlotBenchIsEightWideAndFiveDeep() {
        SlotGrid grid = SlotGrid.of(IntStream.rangeClosed(1, 40).mapToObj(i -> new SlotRecord(String.valueOf(i), 1, 0)).toList());
        assertThat(grid.columns()).isEqualTo(8);
        assertThat(grid.rows()).isEqualTo(5);
        assertThat(grid.cells().get(39).column()).isEqualTo(7);
        assertThat(grid.cells().get(39).row()).isEqualTo(4);
    }

    @Test
    void anEmptyBenchStillHasAGridToDraw() {
        SlotGrid grid = SlotGrid.of(List.of());
        assertThat(grid.cells()).isEmpty();
        assertThat(grid.columns()).isEqualTo(1);
        assertThat(grid.rows()).isEqualTo(1);
    }
}
