package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FisherExactTestTest {

    @Test
    void matchesTheLadyTastingTea() {
        // 8 cups, 4 with milk first; she picks 4 and gets 3 right: P(≥3) = (16 + 1) / 70
        assertThat(new FisherExactTest(8).upperTail(3, 4, 4)).isCloseTo(17.0 / 70, within(1e-12));
        assertThat(new FisherExactTest(8).upperTail(4, 4, 4)).isCloseTo(1.0 / 70, within(1e-12));
    }

    @Test
    void atLeastNothingIsCertainAndMoreThanPossibleIsNever() {
        assertThat(new FisherExactTest(100).upperTail(0, 10, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(new FisherExactTest(100).upperTail(4, 10, 3)).isZero();
    }

    @Test
    void matchesAHandComputedBenchTable() {
        // slot: 5 of 10 failed; bench: 5 of 100 failed in all. P(X ≥ 5), X ~ Hypergeometric(100, 5, 10)
        double expected = choose(5, 5) * choose(95, 5) / choose(100, 10);
        assertThat(new FisherExactTest(100).upperTail(5, 10, 5)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void refusesAnImpossibleTable() {
        assertThatThrownBy(() -> new FisherExactTest(10).upperTail(1, 11, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double choose(int n, int r) {
        double result = 1;
        for (int i = 1; i <= r; i++) {
            result = result * (n - r + i) / i;
        }
        return result;
    }
}
