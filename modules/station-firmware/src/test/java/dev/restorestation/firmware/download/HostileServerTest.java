package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.catalog.CatalogException;
import dev.restorestation.firmware.catalog.FirmwareCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers that stall, drip, send too much or redirect where they should not: each transfer ends
 * within its limits with one line saying why, and the bytes so far are kept for a resume.
 */
class HostileServerTest {

    /** Generous: only there to turn a hang into a failure. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final Patience SHORT = new Patience(Duration.ofMillis(500), 1 << 10, Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private LoopbackServer server;
    private Path ipsw;
    private Path partial;
    private final TaskContext context = TaskContext.quiet();

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        ipsw = Fixtures.ipsw(dir, "23C71", 4L << 20);
        partial = Files.createDirectories(dir.resolve("cache").resolve("partial"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Downloader downloader(TransferPolicy policy) {
        return new Downloader(new HttpTransfers(Downloader.httpClient(), policy, SHORT),
                new Downloader.Retries(2, Duration.ofMillis(10)), channel -> channel);
    }

    private FirmwareCatalog catalog() {
        return FirmwareCatalog.open(Downloader.httpClient(), server.base(), dir.resolve("cache").resolve("catalogs"),
                Clock.systemUTC(), SHORT);
    }

    @Test
    void aDownloadThatStallsAfterOneMebibyteEndsAndKeepsItsBytesForAResume() throws Exception {
        server.fault = LoopbackServer.Fault.STALL;
        server.closeAfter = 1 << 20;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessage("no data from 127.0.0.1 for 500 ms"));

        assertThat(Files.size(Downloader.partialFile(partial, "k"))).isGreaterThanOrEqualTo(1 << 20);
        assertThat(partial.resolve("k.part.json")).exists();
        assertThat(server.responseStarts).hasSize(2).element(1).isNotEqualTo(0L);
        assertOnlyTheCacheWasWritten();
    }

    @Test
    void aServerWithoutValidatorsIsResumedWithRangeAfterItStalls() throws Exception {
        server.fault = LoopbackServer.Fault.STALL;
        server.validators = false;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { }))
                .hasMessage("no data from 127.0.0.1 for 500 ms"));

        assertThat(server.responseStarts).containsExactly(0L, 1L << 20);
        assertThat(partial.resolve("k.part")).hasSize(2L << 20);
    }

    @Test
    void aServerThatStallsBeforeTheRateFloorIsNotTriedAgain() throws Exception {
        server.fault = LoopbackServer.Fault.STALL;
        server.closeAfter = 512;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { }))
                .hasMessage("no data from 127.0.0.1 for 500 ms"));

        assertThat(server.fileRequests.get()).isEqualTo(1);
        assertThat(partial.resolve("k.part")).hasSize(512);
    }

    @Test
    void aServerThatStartsOverAndDropsEachTimeIsNotTriedAgainWithoutNetProgress() throws Exception {
        server.fault = LoopbackServer.Fault.START_OVER_AND_CLOSE;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        Downloader persistent = new Downloader(new HttpTransfers(Downloader.httpClient(), TransferPolicy.httpsOnly(), SHORT),
                new Downloader.Retries(5, Duration.ofMillis(10)), channel -> channel);

        endsWithin(() -> assertThatThrownBy(() -> persistent.download(request, partial, "k", context, p -> { }))
                .hasMessageStartingWith("the server closed the connection at "));

        assertThat(server.fileRequests.get()).isEqualTo(2);
    }

    @Test
    void aDeadServerFailsWithItsReasonNamed() throws Exception {
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        server.close();

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { }))
                .hasMessageMatching("cannot reach 127\\.0\\.0\\.1:\\d+: connection refused")
                .satisfies(failure -> assertThat(failure.getCause()).isNotNull()));
    }

    @Test
    void aDownloadCancelledWhileTheServerIsSilentEndsAsACancellationAndKeepsItsBytes() throws Exception {
        server.fault = LoopbackServer.Fault.STALL;
        server.closeAfter = 1 << 20;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskContext cancellable = new TaskContext() {
            @Override
            public void progress(Progress update) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Downloader patient = new Downloader(new HttpTransfers(Downloader.httpClient(), TransferPolicy.httpsOnly(),
                Patience.DEFAULT), new Downloader.Retries(1, Duration.ZERO), channel -> channel);
        CompletableFuture<Thread> runner = new CompletableFuture<>();
        CompletableFuture<Downloaded> result = CompletableFuture.supplyAsync(() -> {
            runner.complete(Thread.currentThread());
            try {
                return patient.download(request, partial, "k", cancellable, p -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path part = Downloader.partialFile(partial, "k");
        endsWithin(() -> {
            while (!Files.exists(part) || Files.size(part) < 1 << 20) {
                Thread.onSpinWait();
            }
        });

        cancelled.set(true);
        runner.get().interrupt();

        endsWithin(() -> assertThatThrownBy(result::join).hasCauseInstanceOf(CancellationException.class));
        assertThat(part).hasSize(1 << 20);
    }

    @Test
    void aDownloadThatDripsAByteAtATimeEndsOnTheRateFloor() throws Exception {
        server.fault = LoopbackServer.Fault.DRIP;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessageStartingWith("127.0.0.1 sent only ")
                .hasMessageEndingWith(" in 1 s (at least 1.0 KiB expected)")
                .hasMessageNotContaining("\n"));

        assertThat(server.fileRequests.get()).isEqualTo(1);
        assertThat(Downloader.partialFile(partial, "k")).exists();
        assertOnlyTheCacheWasWritten();
    }

    @Test
    void aCatalogWhoseBodyStallsEndsWithOneLine() {
        server.endless("/device/iPhone13,2", true);

        endsWithin(() -> assertThatThrownBy(() -> catalog().builds("iPhone13,2"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("no data from 127.0.0.1 for 500 ms, and no catalog was saved before"));
    }

    @Test
    void aCatalogBodyWithoutEndIsRefusedAtItsSizeLimit() {
        server.endless("/device/iPhone13,2", false);

        endsWithin(() -> assertThatThrownBy(() -> catalog().builds("iPhone13,2"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("the catalog from 127.0.0.1 is larger than 32.0 MiB; refused"));
        assertThat(dir.resolve("cache").resolve("catalogs")).doesNotExist();
    }

    @Test
    void aRedirectFromTheMirrorToPlainHttpElsewhereIsRefusedBeforeAnyRequestThere() throws Exception {
        server.redirect("/files/a.ipsw", "http://firmware-mirror.example.net/a.ipsw");
        DownloadRequest request = Fixtures.request(server.base().resolve("files/a.ipsw"), ipsw);

        endsWithin(() -> assertThatThrownBy(() -> downloader(TransferPolicy.withMirror(server.base()))
                .download(request, partial, "k", context, p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessage("refusing the redirect from 127.0.0.1 to http://firmware-mirror.example.net/a.ipsw: "
                        + "plain HTTP only to loopback or the shop mirror, HTTPS elsewhere"));
        assertThat(server.requests.get()).isEqualTo(1);
    }

    @Test
    void aCatalogRedirectedToPlainHttpElsewhereIsRefused() {
        server.redirect("/device/iPhone13,2", "http://catalog.example.net/device/iPhone13,2");

        endsWithin(() -> assertThatThrownBy(() -> catalog().builds("iPhone13,2"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("refusing the redirect from 127.0.0.1 to http://catalog.example.net/device/iPhone13,2: "
                        + "plain HTTP only to loopback or the shop mirror, HTTPS elsewhere"));
    }

    @Test
    void aRedirectWithinTheLoopbackMirrorIsFollowed() throws Exception {
        server.redirect("/moved/a.ipsw", server.serve("a.ipsw", ipsw).toString());
        DownloadRequest request = Fixtures.request(server.base().resolve("moved/a.ipsw"), ipsw);

        downloader(TransferPolicy.httpsOnly()).download(request, partial, "k", context, p -> { });

        assertThat(Downloader.partialFile(partial, "k")).hasSameBinaryContentAs(ipsw);
    }

    private static void endsWithin(Executable transfer) {
        assertTimeoutPreemptively(HANG, transfer);
    }

    /** Nothing but the cache folder and the test's own fixture appeared in the test folder. */
    private void assertOnlyTheCacheWasWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("cache", ipsw.getFileName().toString());
        }
    }
}
