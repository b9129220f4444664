package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import org.junit.jupiter.api.Test;

class EdtWatchdogTest {

    @Test
    void countsEveryEventAndFlagsTheOneThatHeldTheEdt() throws Exception {
        EdtWatchdog watchdog = EdtWatchdog.install();
        for (int i = 0; i < 50; i++) {
            EventQueue.invokeAndWait(() -> { });
        }
        EventQueue.invokeAndWait(() -> sleep(150));

        assertThat(watchdog.events()).isGreaterThanOrEqualTo(51);
        assertThat(watchdog.stalls()).isEqualTo(1);
        assertThat(watchdog.maxMillis()).isGreaterThanOrEqualTo(150);
        assertThat(watchdog.quantileMillis(0.5)).isLessThan(EdtWatchdog.STALL_MILLIS);
        assertThat(watchdog.quantileMillis(1.0)).isGreaterThanOrEqualTo(150);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
