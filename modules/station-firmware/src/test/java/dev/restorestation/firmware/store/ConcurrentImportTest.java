package dev.restorestation.firmware.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restores started together on one local IPSW: the file is copied and hashed once for all of them. */
class ConcurrentImportTest {

    @TempDir
    Path dir;

    @Test
    void aSecondImportOfTheSameFileWaitsForTheFirstAndUsesItsResult() throws Exception {
        FirmwareStore store = new FirmwareStore(dir.resolve("firmware"), dir.resolve("firmware-seals.json"),
                new IpswVerifier(), Clock.systemUTC());
        Path original = FirmwareStoreTest.ipsw(dir, "23C71", 2 << 20);
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstIsCopying = new CountDownLatch(1);
        CountDownLatch secondHasSpoken = new CountDownLatch(1);

        CompletableFuture<CachedBuild> first = CompletableFuture.supplyAsync(() -> importing(store, original, step -> {
            steps.add("first: " + step);
            if (step.startsWith("copying")) {
                firstIsCopying.countDown();
                awaitQuietly(secondHasSpoken);
            }
        }));
        assertThat(firstIsCopying.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CachedBuild> second = CompletableFuture.supplyAsync(() -> importing(store, original, step -> {
            steps.add("second: " + step);
            secondHasSpoken.countDown();
        }));

        CachedBuild firstBuild = first.get(60, TimeUnit.SECONDS);
        CachedBuild secondBuild = second.get(60, TimeUnit.SECONDS);

        assertThat(secondBuild.sha256()).isEqualTo(firstBuild.sha256());
        assertThat(steps).filteredOn(step -> step.startsWith("second")).containsExactly(
                "second: waiting: 23C71.ipsw is already being imported");
        assertThat(steps).filteredOn(step -> step.contains("copying")).hasSize(1);
        assertThat(store.builds()).hasSize(1);
        assertThat(FirmwareStoreTest.listing(store.folder().resolve("tmp"))).isEmpty();
    }

    private static CachedBuild importing(FirmwareStore store, Path file, Consumer<String> steps) {
        TaskContext context = TaskContext.reporting(progress -> steps.accept(progress.step()));
        try {
            return new FirmwareImport(store, new IpswVerifier()).importFile(file, null, null, context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
