package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.task.Progress;
import org.junit.jupiter.api.Test;

class JobTextTest {

    @Test
    void aStepWithAFractionGetsItsPercentage() {
        assertThat(JobText.step(new Progress(0.425, "verifying entry CRCs"))).isEqualTo("Verifying entry CRCs (43%)");
        assertThat(JobText.step(Progress.of("copying x.ipsw into the cache"))).isEqualTo("Copying x.ipsw into the cache");
        assertThat(JobText.step(Progress.of(""))).isEqualTo("Working");
    }

    @Test
    void theDownloadersOwnWordsAreKeptAsTheyAre() {
        String words = "downloaded 4.1 GiB of 9.6 GiB at 48.2 MiB/s, 2 min left";
        assertThat(JobText.step(new Progress(0.43, words))).isEqualTo("Downloaded 4.1 GiB of 9.6 GiB at 48.2 MiB/s, 2 min left (43%)");
    }

    @Test
    void aPausedDownloadSaysHowFarItGotAndThatThePartIsKept() {
        assertThat(JobText.paused(new Progress(0.42, "x"))).startsWith("Paused at 42%;").contains("kept");
        assertThat(JobText.paused(null)).startsWith("Paused;");
    }
}
