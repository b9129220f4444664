package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.history.ProgressEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTimesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void timeLeftIsTheMedianRestOfTheRunLessWhatTheStepHasDone() {
        StepTimes times = StepTimes.of(List.of(
                run(0, 60, 360, 480),
                run(1000, 1080, 1400, 1500),
                run(2000, 2100, 2900, 3000)));

        // from the upload to the end: 420, 420, 900 s → 420; the upload itself: 300, 320, 800 s → 320
        assertThat(times.left("Uploading filesystem", 0)).contains(Duration.ofSeconds(420));
        assertThat(times.left("Uploading filesystem", 0.5)).contains(Duration.ofSeconds(260));
        assertThat(times.left("Flashing firmware", 1)).contains(Duration.ZERO);
        assertThat(times.left("Preparing", -1)).contains(Duration.ofSeconds(500));
    }

    @Test
    void aStepNoEarlierRunReachedHasNoEstimate() {
        StepTimes times = StepTimes.of(List.of(run(0, 60, 360, 480)));

        assertThat(times.left("Flashing baseband", 0.2)).isEmpty();
        assertThat(StepTimes.of(List.of()).left("Preparing", 0)).isEmpty();
        assertThat(StepTimes.of(List.of()).known()).isFalse();
    }

    /** Preparing, uploading and flashing reached at these seconds after T0, ended at {@code end}. */
    private static StepTimes.Run run(long prepare, long upload, long flash, long end) {
        return new StepTimes.Run(List.of(
                new ProgressEvent(T0.plusSeconds(prepare), "Preparing", 0),
                new ProgressEvent(T0.plusSeconds(upload), "Uploading filesystem", 0),
                new ProgressEvent(T0.plusSeconds(flash), "Flashing firmware", 3)), T0.plusSeconds(end));
    }
}
