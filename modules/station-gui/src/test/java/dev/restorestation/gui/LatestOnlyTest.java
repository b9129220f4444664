package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    @Test
    void aBurstReachesTheEdtAsItsNewestValueInFewHops() throws Exception {
        List<Integer> applied = new CopyOnWriteArrayList<>();
        List<Boolean> onEdt = new CopyOnWriteArrayList<>();
        LatestOnly<Integer> mailbox = new LatestOnly<>(value -> {
            applied.add(value);
            onEdt.add(EventQueue.isDispatchThread());
        });
        CountDownLatch edtHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventQueue.invokeLater(() -> {
            edtHeld.countDown();
            await(release);
        });
        assertThat(edtHeld.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 1; i <= 10_000; i++) {
            mailbox.offer(i);
        }
        release.countDown();
        EventQueue.invokeAndWait(() -> { });

        assertThat(applied).containsExactly(10_000);
        assertThat(onEdt).containsOnly(true);
    }

    @Test
    void valuesOfferedLaterStillArrive() throws Exception {
        List<String> applied = new CopyOnWriteArrayList<>();
        LatestOnly<String> mailbox = new LatestOnly<>(applied::add);
        mailbox.offer("first");
        EventQueue.invokeAndWait(() -> { });
        mailbox.offer("second");
        EventQueue.invokeAndWait(() -> { });
        assertThat(applied).containsExactly("first", "second");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
