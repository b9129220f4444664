package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.ipsw.HostileIpswTest.QUIET;
import static dev.restorestation.firmware.ipsw.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries whose content is built to exhaust the station: bombs, broken deflate data, files that never end. */
class HostileEntryTest {

    @TempDir
    Path dir;

    private RawZip forge() throws Exception {
        return RawZip.from(HostileIpswTest.ipsw(dir.resolve("original.ipsw")));
    }

    @Test
    void aManifestThatInflatesFarBeyondItsDeclaredSizeFailsFastWithoutHoldingIt() throws Exception {
        RawZip zip = forge();
        RawZip.Entry manifest = zip.entry(IpswVerifier.MANIFEST);
        manifest.data = RawZip.zeroBomb(768);
        manifest.size = 1000;
        Path file = zip.write(dir.resolve("manifest-bomb.ipsw"));

        assertThat(Files.size(file)).isLessThan(4L << 20);
        assertThat(refused(() -> IpswVerifier.readManifest(file))).hasMessage(
                "damaged IPSW: BuildManifest.plist inflates to more than the 1000 bytes the ZIP directory declares");
        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET))).hasMessageContaining("inflates to more than");
    }

    @Test
    void aComponentThatInflatesFarBeyondItsDeclaredSizeStopsAtThatSize() throws Exception {
        RawZip zip = forge();
        RawZip.Entry restore = zip.entry("Restore.plist");
        restore.data = RawZip.zeroBomb(1024);
        restore.size = 2000;
        Path file = zip.write(dir.resolve("component-bomb.ipsw"));

        long start = System.nanoTime();
        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET))).hasMessage(
                "damaged IPSW: Restore.plist inflates to more than the 2000 bytes the ZIP directory declares");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
    }

    @Test
    void aDeclaredSizeNoDeflateStreamCouldReachIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entry("Restore.plist").size = 0xFFFF_FFF0L;
        Path file = zip.write(dir.resolve("huge-claim.ipsw"));

        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET)))
                .hasMessageMatching("damaged IPSW: ZIP entry Restore.plist claims .*, more than its \\d+ compressed bytes can hold");
    }

    @Test
    void badDeflateDataIsAOneLineRefusalNamingTheEntry() throws Exception {
        RawZip zip = forge();
        byte[] garbage = "not deflate data at all, just text".getBytes(StandardCharsets.US_ASCII);
        garbage[0] = (byte) 0xFF;
        zip.entry(IpswVerifier.MANIFEST).data = garbage;
        Path file = zip.write(dir.resolve("bad-deflate.ipsw"));

        assertThat(refused(() -> IpswVerifier.readManifest(file)))
                .hasMessage("damaged IPSW: BuildManifest.plist does not inflate: invalid block type");
    }

    @Test
    void deflateDataThatStopsShortIsRefused() throws Exception {
        RawZip zip = forge();
        RawZip.Entry restore = zip.entry("Restore.plist");
        restore.data = java.util.Arrays.copyOf(restore.data, restore.data.length / 2);
        Path file = zip.write(dir.resolve("short-deflate.ipsw"));

        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET)))
                .hasMessage("damaged IPSW: the compressed data of Restore.plist ends early");
    }

    @Test
    void bytesAfterTheEndOfADeflateStreamAreRefused() throws Exception {
        RawZip zip = forge();
        RawZip.Entry restore = zip.entry("Restore.plist");
        byte[] garbage = "GARBAGE".repeat(100).getBytes(StandardCharsets.US_ASCII);
        restore.data = java.util.Arrays.copyOf(restore.data, restore.data.length + garbage.length);
        System.arraycopy(garbage, 0, restore.data, restore.data.length - garbage.length, garbage.length);
        Path file = zip.write(dir.resolve("trailing-garbage.ipsw"));

        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET)))
                .hasMessage("damaged IPSW: entry Restore.plist has 700 bytes after its compressed data");
    }

    @Test
    void aDataDescriptorThatDisagreesWithTheDirectoryIsRefusedAndOneThatAgreesIsRead() throws Exception {
        RawZip zip = forge();
        RawZip.Entry manifest = zip.entry(IpswVerifier.MANIFEST);
        manifest.deferred = true;
        manifest.descriptor = RawZip.descriptor(manifest.crc, manifest.data.length, manifest.size);
        Path honest = zip.write(dir.resolve("descriptor.ipsw"));
        manifest.descriptor = RawZip.descriptor(manifest.crc, 5, 5);
        Path lying = zip.write(dir.resolve("descriptor-lie.ipsw"));

        assertThat(new IpswVerifier().verify(honest, QUIET).manifest().build().build()).isEqualTo("23C71");
        assertThat(refused(() -> new IpswVerifier().verify(lying, QUIET))).hasMessage(
                "damaged IPSW: the data descriptor of ZIP entry BuildManifest.plist disagrees with the ZIP directory");
    }

    @Test
    void aLocalHeaderWithAnotherCrcIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entry(HostileIpswTest.IBOOT).localCrc = 0x1234_5678L;
        Path file = zip.write(dir.resolve("local-crc.ipsw"));

        assertThat(refused(() -> new IpswVerifier().verify(file, QUIET))).hasMessage("damaged IPSW: the local header of "
                + "ZIP entry " + HostileIpswTest.IBOOT + " gives another CRC-32 or size than the ZIP directory");
    }

    @Test
    void aFifoInPlaceOfAnIpswIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.ipsw");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");

        assertThat(refused(() -> IpswVerifier.readManifest(fifo))).hasMessage(fifo + " is not a regular file, not an IPSW");
        assertThat(refused(() -> new IpswVerifier().verify(fifo, QUIET))).hasMessageEndingWith("not a regular file, not an IPSW");
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
