package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.firmware.store.FileLocks;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station that waits for another's transfer names the holder, even in the moment before the holder wrote its name. */
class LockHolderNameTest {

    @TempDir
    Path dir;

    @Test
    void aLockTakenButNotYetNamedIsReportedAsAnotherStationNotAsNothing() throws Exception {
        Path lockFile = dir.resolve("download-k.lock");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (FileLocks.Held held = FileLocks.acquire(lockFile)) {
                taken.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waitedFor = new CompletableFuture<>();

        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> {
            try {
                return SharedTransfers.once("k", lockFile, () -> "done", waitedFor::complete);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(waitedFor.get(30, TimeUnit.SECONDS)).isEqualTo("another station");
        release.countDown();
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("done");
        holder.get(30, TimeUnit.SECONDS);
    }
}
