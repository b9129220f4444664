package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.ipsw.ChunkFanOut;
import dev.restorestation.firmware.ipsw.FileDigests;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private Path ipsw;
    private Path partial;
    private final List<DownloadProgress> progress = new ArrayList<>();
    private final TaskContext context = TaskContext.quiet();
    private final Downloader downloader = new Downloader(Downloader.httpClient(), TransferPolicy.httpsOnly(),
            new Downloader.Retries(3, Duration.ofMillis(10)));

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        ipsw = Fixtures.ipsw(dir, "23C71", 24L << 20);
        partial = Files.createDirectories(dir.resolve("partial"));
    }

    @AfterEach
    void stop() {
        server.close();
        StationLanguage.choose("");
    }

    @Test
    void downloadsAndHashesWhileReceivingWithProgress() throws Exception {
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        FileDigests digests = downloader.download(request, partial, "k", context, progress::add).digests();

        assertThat(digests.sha1()).isEqualTo(request.sha1());
        assertThat(digests.sha256()).isEqualTo(request.sha256());
        assertThat(Downloader.partialFile(partial, "k")).hasSameBinaryContentAs(ipsw);
        assertThat(server.fileBytesSent.get()).isEqualTo(Files.size(ipsw));
        assertThat(progress).isNotEmpty();
        DownloadProgress last = progress.get(progress.size() - 1);
        assertThat(last.bytes()).isEqualTo(Files.size(ipsw));
        assertThat(last.bytesPerSecond()).isPositive();
        assertThat(last.describe()).startsWith("downloaded 24.1 MiB of 24.1 MiB at ");
    }

    @Test
    void aConnectionThatDropsMidwayIsResumedWithRangeNotRestarted() throws Exception {
        server.fault = LoopbackServer.Fault.CLOSE_MIDWAY_ONCE;
        server.closeAfter = 10L << 20;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        Downloaded downloaded = downloader.download(request, partial, "k", context, progress::add);

        assertThat(downloaded.digests().sha1()).isEqualTo(request.sha1());
        assertThat(server.fileRequests.get()).isEqualTo(2);
        // the kept part's block CRCs come from disk, the rest from the wire: together they check every entry
        new IpswVerifier().verifyStructure(Downloader.partialFile(partial, "k"), downloaded.digests(), downloaded.blocks(),
                context);
        assertThat(server.fileBytesSent.get()).isBetween(Files.size(ipsw), Files.size(ipsw) + ChunkFanOut.CHUNK_SIZE);
    }

    @Test
    void aServerThatKeepsDroppingGivesUpAndKeepsThePartialForLater() throws Exception {
        server.fault = LoopbackServer.Fault.CLOSE_MIDWAY_ALWAYS;
        server.closeAfter = 5L << 20;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        assertThatThrownBy(() -> downloader.download(request, partial, "k", context, progress::add))
                .isInstanceOf(DownloadException.class)
                .hasMessageStartingWith("the server closed the connection at ");
        assertThat(server.fileRequests.get()).isEqualTo(3);
        assertThat(Files.size(Downloader.partialFile(partial, "k"))).isBetween(14L << 20, 15L << 20);

        server.fault = LoopbackServer.Fault.NONE;
        assertThat(downloader.download(request, partial, "k", context, progress::add).digests().sha1()).isEqualTo(request.sha1());
        assertThat(server.fileBytesSent.get()).isBetween(Files.size(ipsw), Files.size(ipsw) + ChunkFanOut.CHUNK_SIZE);
    }

    @Test
    void anHtmlPageIsRefusedAndNothingIsKept() throws Exception {
        server.fault = LoopbackServer.Fault.HTML_PAGE;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);

        Throwable refused = catchThrowable(() -> downloader.download(request, partial, "k", context, progress::add));

        String english = "the server sent an HTML page instead of the IPSW (HTTP 200, text/html; charset=utf-8)";
        assertThat(refused).isInstanceOf(DownloadException.class).hasMessage(english);
        StationLanguage.choose("es");
        assertThat(refused.getLocalizedMessage())
                .isEqualTo("el servidor envió una página HTML en lugar del IPSW (HTTP 200, text/html; charset=utf-8)");
        assertThat(refused).hasMessage(english).hasToString(DownloadException.class.getName() + ": " + english);
        assertThat(server.fileRequests.get()).isEqualTo(1);
        assertThat(listing(partial)).isEmpty();
    }

    @Test
    void aSizeThatDisagreesWithTheCatalogIsRefused() throws Exception {
        DownloadRequest honest = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        DownloadRequest request = new DownloadRequest(honest.url(), honest.size() + 1, honest.sha1(), honest.sha256());

        assertThatThrownBy(() -> downloader.download(request, partial, "k", context, progress::add))
                .hasMessage("the server's file is " + honest.size() + " bytes, the catalog says " + (honest.size() + 1));
        assertThat(listing(partial)).isEmpty();
    }

    @Test
    void aChecksumMismatchDeletesTheFile() throws Exception {
        DownloadRequest honest = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        DownloadRequest request = new DownloadRequest(honest.url(), honest.size(), "0".repeat(40), "");

        assertThatThrownBy(() -> downloader.download(request, partial, "k", context, progress::add))
                .hasMessage("SHA-1 mismatch: the download has " + honest.sha1() + ", the catalog says "
                        + "0".repeat(40) + "; the file was deleted");
        assertThat(listing(partial)).isEmpty();
    }

    @Test
    void aFullDiskKeepsThePartialForResumeAndResumesOnceThereIsSpace() throws Exception {
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        long room = 9L << 20;
        Downloader cramped = new Downloader(new HttpTransfers(Downloader.httpClient(), TransferPolicy.httpsOnly(), Patience.DEFAULT),
                new Downloader.Retries(3, Duration.ofMillis(10)), channel -> new DiskWithRoom(channel, room));

        assertThatThrownBy(() -> cramped.download(request, partial, "k", context, progress::add))
                .isInstanceOf(DownloadException.class)
                .hasMessage("disk full while downloading: 9.0 MiB kept in k.part to resume once space is freed");
        assertThat(server.fileRequests.get()).isEqualTo(1);
        long kept = Files.size(Downloader.partialFile(partial, "k"));
        assertThat(kept).isEqualTo(room);

        assertThat(downloader.download(request, partial, "k", context, progress::add).digests().sha256()).isEqualTo(request.sha256());
        assertThat(server.responseStarts).containsExactly(0L, room);
        assertThat(Downloader.partialFile(partial, "k")).hasSameBinaryContentAs(ipsw);
    }

    @Test
    void aServerWithoutRangeSupportStartsOverCleanly() throws Exception {
        server.fault = LoopbackServer.Fault.CLOSE_MIDWAY_ONCE;
        server.closeAfter = 6L << 20;
        DownloadRequest request = Fixtures.request(server.serve("a.ipsw", ipsw), ipsw);
        assertThat(downloader.download(request, partial, "k", context, progress::add).digests().sha1()).isEqualTo(request.sha1());

        server.fault = LoopbackServer.Fault.NO_RANGE_SUPPORT;
        Files.delete(Downloader.partialFile(partial, "k"));
        Files.write(Downloader.partialFile(partial, "k"), Files.readAllBytes(ipsw), java.nio.file.StandardOpenOption.CREATE);
        try (var file = java.nio.channels.FileChannel.open(Downloader.partialFile(partial, "k"), java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(3L << 20);
        }
        assertThat(downloader.download(request, partial, "k", context, progress::add).digests().sha1()).isEqualTo(request.sha1());
    }

    @Test
    void plainHttpIsOnlyForLoopbackAndTheShopMirror() throws Exception {
        TransferPolicy policy = TransferPolicy.withMirror(java.net.URI.create("http://mirror.shop.lan:8080/ipsw/"));

        assertThat(policy.secure(java.net.URI.create("http://127.0.0.1:9/a.ipsw")).getScheme()).isEqualTo("http");
        assertThat(policy.secure(java.net.URI.create("http://[::1]:9/a.ipsw")).getScheme()).isEqualTo("http");
        assertThat(policy.secure(java.net.URI.create("http://mirror.shop.lan:8080/a.ipsw")).getScheme()).isEqualTo("http");
        assertThat(policy.secure(java.net.URI.create("http://updates.cdn-apple.com/2021/x.ipsw")))
                .hasToString("https://updates.cdn-apple.com/2021/x.ipsw");
        assertThat(policy.secure(java.net.URI.create("https://updates.cdn-apple.com/x.ipsw")).getScheme()).isEqualTo("https");
        assertThatThrownBy(() -> policy.secure(java.net.URI.create("http://example.invalid/fw.ipsw")))
                .hasMessageStartingWith("refusing to download from http://example.invalid/fw.ipsw: plain HTTP only");
        assertThatThrownBy(() -> policy.secure(java.net.URI.create("ftp://example.org/x.ipsw")))
                .hasMessageStartingWith("refusing to download from ftp://example.org/x.ipsw");
    }

    static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** A disk that fills up after {@code room} bytes, as a real one does: a short write, then ENOSPC. */
    private static final class DiskWithRoom implements WritableByteChannel {
        private final WritableByteChannel channel;
        private long room;

        DiskWithRoom(WritableByteChannel channel, long room) {
            this.channel = channel;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (room <= 0) {
                throw new IOException("No space left on device");
            }
            ByteBuffer slice = source.slice();
            slice.limit((int) Math.min(slice.remaining(), room));
            int written = channel.write(slice);
            source.position(source.position() + written);
            room -= written;
            return written;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
