package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.store.CachedBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching builds into the cache: one transfer per build, in one process and across processes. */
class SharedFetchTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private Path ipsw;
    private Path cacheFolder;
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final TaskContext context = TaskContext.reporting(progress -> steps.add(progress.step()));

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        ipsw = Fixtures.ipsw(dir, "23C71", 40L << 20);
        server.document("/device/iPhone13,2", Fixtures.deviceJson("iPhone13,2", "23C71", server.serve("a.ipsw", ipsw), ipsw));
        server.document("/version.xml", Fixtures.versionXml("iPhone13,2", "23C71", Fixtures.hash("SHA-1", ipsw)));
        cacheFolder = dir.resolve("shared-cache");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private StationFirmwareCache cache() throws IOException {
        return StationFirmwareCache.open(cacheFolder, dir.resolve("station").resolve("firmware-seals.json"), server.base(), 0);
    }

    @Test
    void fetchDownloadsVerifiesPublishesAndLeases() throws Exception {
        try (FirmwareLease lease = cache().acquire("iPhone13,2", "23C71", context)) {
            assertThat(lease.file()).hasSameBinaryContentAs(ipsw);
            assertThat(lease.build().build()).isEqualTo("23C71");
            assertThat(lease.restores(0x8101, 0x0C, RestoreKind.UPDATE)).isTrue();
        }
        assertThat(steps).anyMatch(step -> step.startsWith("downloaded 40.1 MiB of 40.1 MiB"));
        assertThat(listing(cacheFolder.resolve("partial"))).isEmpty();
        CachedBuild entry = cache().store().builds().get(0);
        assertThat(entry.source()).isEqualTo(server.base().resolve("files/a.ipsw").toString());

        int requests = server.fileRequests.get();
        cache().acquire("iPhone13,2", "23C71", context).close();
        assertThat(server.fileRequests.get()).isEqualTo(requests);
    }

    @Test
    void theLatestSignedBuildIsChosenWhenNoneIsNamed() throws Exception {
        try (FirmwareLease lease = cache().acquire("iPhone13,2", null, context)) {
            assertThat(lease.build().build()).isEqualTo("23C71");
        }
    }

    @Test
    void eightConcurrentFetchesOfOneBuildShareOneTransfer() throws Exception {
        server.bytesPerSecond = 80L << 20;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CachedBuild>> fetches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                StationFirmwareCache own = cache();
                fetches.add(pool.submit(() -> own.fetch("iPhone13,2", "23C71", context)));
            }
            for (Future<CachedBuild> fetch : fetches) {
                assertThat(fetch.get(60, TimeUnit.SECONDS).sha1()).isEqualTo(Fixtures.hash("SHA-1", ipsw));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.fileRequests.get()).isEqualTo(1);
        assertThat(server.fileBytesSent.get()).isEqualTo(Files.size(ipsw));
        assertThat(cache().store().builds()).hasSize(1);
    }

    @Test
    void twoStationProcessesSharingTheFolderTransferTheBuildOnce() throws Exception {
        // seven seconds of transfer: time for the second process to start, even on a loaded machine,
        // and find the first one holding the download
        server.bytesPerSecond = 6L << 20;
        Process first = child();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.fileBytesSent.get() == 0 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Process second = child();

        String firstOut = output(first);
        String secondOut = output(second);

        assertThat(first.exitValue()).as(firstOut).isZero();
        assertThat(second.exitValue()).as(secondOut).isZero();
        String sha1 = Fixtures.hash("SHA-1", ipsw);
        assertThat(firstOut).contains("fetched " + sha1);
        assertThat(secondOut).contains("fetched " + sha1);
        assertThat(firstOut + secondOut).contains("waiting: pid ");
        assertThat(server.fileRequests.get()).isEqualTo(1);
        assertThat(server.fileBytesSent.get()).isEqualTo(Files.size(ipsw));
        assertThat(cache().store().builds()).hasSize(1);
    }

    @Test
    void aDownloadKilledMidwayResumesWhereItStoppedAndTakesOverTheStaleLock() throws Exception {
        server.bytesPerSecond = 10L << 20;
        long size = Files.size(ipsw);
        Process doomed = child();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.fileBytesSent.get() < size * 4 / 10 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long sentBeforeTheKill = server.fileBytesSent.get();
        Path lock = cacheFolder.resolve("locks").resolve("download-" + Fixtures.hash("SHA-1", ipsw) + ".lock");
        assertThat(Files.readString(lock, StandardCharsets.UTF_8)).startsWith("pid " + doomed.pid() + " on ");
        // what the server sent but the killed process had not yet written is lost with it (socket
        // buffers, chunks still being hashed); the resume must ask for exactly what was not kept
        long kept = Files.size(cacheFolder.resolve("partial").resolve(Fixtures.hash("SHA-1", ipsw) + ".part"));
        assertThat(kept).isPositive().isLessThan(size).isLessThanOrEqualTo(sentBeforeTheKill);

        server.bytesPerSecond = 0;
        try (FirmwareLease lease = cache().acquire("iPhone13,2", "23C71", context)) {
            assertThat(lease.file()).hasSameBinaryContentAs(ipsw);
        }
        assertThat(server.fileRequests.get()).isEqualTo(2);
        assertThat(server.responseStarts).containsExactly(0L, kept);
        assertThat(Files.readString(lock, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFirmwareUrlOverPlainHttpElsewhereIsRefusedWithoutAConnection() throws Exception {
        server.document("/device/iPhone13,2", Fixtures.deviceJson("iPhone13,2", "23C71",
                java.net.URI.create("http://example.invalid/fw.ipsw"), ipsw));

        assertThatThrownBy(() -> cache().fetch("iPhone13,2", "23C71", context))
                .hasMessage("refusing to download from http://example.invalid/fw.ipsw: plain HTTP only from loopback, "
                        + "the shop mirror or Apple's servers (over HTTPS)");
        assertThat(DownloaderTest.listing(cacheFolder.resolve("partial"))).isEmpty();
    }

    @Test
    void catalogsThatDisagreeOnTheChecksumStopTheFetch() throws Exception {
        server.document("/version.xml", Fixtures.versionXml("iPhone13,2", "23C71", "1".repeat(40)));

        assertThatThrownBy(() -> cache().fetch("iPhone13,2", "23C71", context))
                .hasMessage("the catalogs disagree on the SHA-1 of 23C71 for iPhone13,2: ipsw.me says "
                        + Fixtures.hash("SHA-1", ipsw) + ", Apple says " + "1".repeat(40) + "; not downloading it");
        assertThat(server.fileRequests.get()).isZero();
    }

    @Test
    void aFileWithTheCatalogsChecksumButNoIpswInsideIsQuarantined() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.ipsw"), "PK but not really a zip file at all".repeat(1000));
        server.document("/device/iPhone13,2", Fixtures.deviceJson("iPhone13,2", "23C71", server.serve("junk.ipsw", junk), junk));
        server.document("/version.xml", "");

        assertThatThrownBy(() -> cache().fetch("iPhone13,2", "23C71", context)).hasMessage("not an IPSW: not a ZIP file");
        assertThat(listing(cacheFolder.resolve("quarantine"))).hasSize(2);
        assertThat(listing(cacheFolder.resolve("partial"))).isEmpty();
        assertThat(cache().store().builds()).isEmpty();
    }

    @Test
    void acquiringUnderTheSizeCapEvictsOlderBuildsButNotTheOneJustLeased() throws Exception {
        Path older = dev.restorestation.firmware.ipsw.SyntheticIpsw.of("22A1", "26.0", "iPhone13,2")
                .identity(0x8101, 0x0C, "d53gap").diskImage("old.dmg", 1 << 20).write(dir.resolve("old.ipsw"));
        StationFirmwareCache capped = StationFirmwareCache.open(cacheFolder, dir.resolve("station").resolve("firmware-seals.json"),
                server.base(), Files.size(ipsw) + 1000);
        capped.acquireFile(older, context).close();

        try (FirmwareLease lease = capped.acquire("iPhone13,2", "23C71", context)) {
            assertThat(capped.store().builds()).extracting(CachedBuild::build).containsExactly("23C71");
            assertThat(lease.file()).exists();
        }
    }

    @Test
    void aCachedFileFoundDamagedIsQuarantinedAndDownloadedAgain() throws Exception {
        cache().acquire("iPhone13,2", "23C71", context).close();
        Path cached = cache().store().fileOf(cache().store().builds().get(0));
        try (var file = new java.io.RandomAccessFile(cached.toFile(), "rw")) {
            file.seek(file.length() / 3);
            int value = file.read();
            file.seek(file.length() / 3);
            file.write(value ^ 1);
        }

        try (FirmwareLease lease = cache().acquire("iPhone13,2", "23C71", context)) {
            assertThat(lease.file()).hasSameBinaryContentAs(ipsw);
        }
        assertThat(server.fileRequests.get()).isEqualTo(2);
        assertThat(steps).anyMatch(step -> step.contains("failed verification and was quarantined")
                && step.endsWith("; downloading it again"));
    }

    @Test
    void anUnknownBuildIsAClearError() {
        assertThatThrownBy(() -> cache().fetch("iPhone13,2", "99Z99", context))
                .hasMessage("the catalog has no build 99Z99 for iPhone13,2");
    }

    private Process child() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FetchProcess.class.getName(),
                cacheFolder.toString(), server.base().toString(), "iPhone13,2", "23C71",
                dir.resolve("station-" + UUID.randomUUID()).resolve("firmware-seals.json").toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String output(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    static List<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }
}
