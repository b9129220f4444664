package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.SecondaryLoop;
import org.junit.jupiter.api.Test;

class EdtWatchdogTest {

    @Test
    void countsEveryEventAndFlagsTheOneThatHeldTheEdt() throws Exception {
        EdtWatchdog watchdog = EdtWatchdog.install();
        EventQueue.invokeAndWait(watchdog::reset);
        for (int i = 0; i < 50; i++) {
            EventQueue.invokeAndWait(() -> { });
        }
        EventQueue.invokeAndWait(() -> sleep(150));
        // an event is counted after it ran, so one more guarantees the ones before it are counted
        EventQueue.invokeAndWait(() -> { });

        assertThat(watchdog.events()).isGreaterThanOrEqualTo(51);
        assertThat(watchdog.stalls()).isGreaterThanOrEqualTo(1);
        assertThat(watchdog.maxMillis()).isGreaterThanOrEqualTo(150);
        assertThat(watchdog.quantileMillis(0.5)).isLessThan(watchdog.quantileMillis(1.0));
        assertThat(watchdog.quantileMillis(1.0)).isGreaterThanOrEqualTo(150);
    }

    @Test
    void anEventWaitingInAModalLoopThatKeepsHandlingEventsIsNoStall() throws Exception {
        EdtWatchdog watchdog = EdtWatchdog.install();
        EventQueue.invokeAndWait(watchdog::reset);
        EventQueue.invokeAndWait(() -> {
            SecondaryLoop loop = watchdog.createSecondaryLoop();
            Thread person = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    EventQueue.invokeLater(() -> { });
                    sleep(30);
                }
                loop.exit();
            });
            person.start();
            loop.enter();
        });
        EventQueue.invokeAndWait(() -> { });

        assertThat(watchdog.events()).isGreaterThanOrEqualTo(10);
        assertThat(watchdog.stalls()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
