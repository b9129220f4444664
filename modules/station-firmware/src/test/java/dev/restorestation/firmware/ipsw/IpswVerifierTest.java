package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.BuildIdentity;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpswVerifierTest {

    @TempDir
    Path dir;

    private final List<Progress> reports = new ArrayList<>();
    private final TaskContext context = TaskContext.reporting(reports::add);

    static SyntheticIpsw sample() {
        return SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2", "iPhone13,3")
                .identity(0x8101, 0x0C, "d53gap")
                .identity(0x8101, 0x0E, "d53pap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 300_000)
                .im4p("Firmware/all_flash/sep-firmware.d53g.RELEASE.im4p", 90_000)
                .deflated("Restore.plist", "<plist><dict/></plist>".getBytes(StandardCharsets.UTF_8))
                .diskImage("090-12345-001.dmg", 9L << 20);
    }

    @Test
    void aGoodIpswVerifiesWithBothHashesOfTheWholeFile() throws Exception {
        Path ipsw = sample().write(dir.resolve("good.ipsw"));

        VerifiedIpsw verified = new IpswVerifier().verify(ipsw, context);

        assertThat(verified.digests().sha1()).isEqualTo(hash("SHA-1", ipsw));
        assertThat(verified.digests().sha256()).isEqualTo(hash("SHA-256", ipsw));
        assertThat(verified.digests().size()).isEqualTo(Files.size(ipsw));
        assertThat(verified.manifest().build().build()).isEqualTo("23C71");
        assertThat(verified.manifest().identityFor(0x8101, 0x0E, RestoreKind.UPDATE))
                .contains(new BuildIdentity(0x8101, 0x0E, "d53pap", "Update", "Customer Upgrade Install (IPSW)"));
        assertThat(verified.manifest().identityFor(0x8101, 0x0D, RestoreKind.ERASE)).isEmpty();
        assertThat(reports).anySatisfy(progress -> assertThat(progress.fraction()).isEqualTo(1.0));
    }

    @Test
    void theSyntheticIpswIsAZipTheJdkReadsToo() throws Exception {
        for (Path ipsw : List.of(sample().write(dir.resolve("plain.ipsw")), sample().zip64().write(dir.resolve("64.ipsw")))) {
            try (ZipFile zip = new ZipFile(ipsw.toFile())) {
                assertThat(zip.size()).as("5 entries and 6 more of the boot chain").isEqualTo(11);
                try (InputStream in = zip.getInputStream(zip.getEntry("Restore.plist"))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<plist><dict/></plist>");
                }
            }
        }
    }

    @Test
    void zip64RecordsAreFollowed() throws Exception {
        Path ipsw = sample().zip64().write(dir.resolve("zip64.ipsw"));

        VerifiedIpsw verified = new IpswVerifier().verify(ipsw, context);

        assertThat(verified.digests().sha1()).isEqualTo(hash("SHA-1", ipsw));
        try (var channel = java.nio.channels.FileChannel.open(ipsw)) {
            assertThat(ZipDirectory.read(channel).entries()).extracting(ZipEntryRecord::name)
                    .contains("BuildManifest.plist", "090-12345-001.dmg");
        }
    }

    @Test
    void notAZipAnHtmlPageAndAnEmptyFileAreRefused() throws IOException {
        Path html = Files.writeString(dir.resolve("page.ipsw"), "<html><body>502 Bad Gateway</body></html>".repeat(10));
        Path tiny = Files.write(dir.resolve("tiny.ipsw"), new byte[3]);

        assertThatThrownBy(() -> new IpswVerifier().verify(html, context))
                .isInstanceOf(InvalidFirmwareException.class).hasMessage("not an IPSW: not a ZIP file");
        assertThatThrownBy(() -> new IpswVerifier().verify(tiny, context))
                .hasMessage("not an IPSW: 3 bytes is too small to be a ZIP file");
    }

    @Test
    void aRefusalReadsInTheStationsLanguageWhileItsMessageStaysEnglish() throws IOException {
        Path html = Files.writeString(dir.resolve("page.ipsw"), "<html><body>502 Bad Gateway</body></html>".repeat(10));
        Throwable refused = catchThrowable(() -> new IpswVerifier().verify(html, context));
        try {
            StationLanguage.choose("de");
            assertThat(refused.getLocalizedMessage()).isEqualTo("keine IPSW: keine ZIP-Datei");
            StationLanguage.choose("es");
            assertThat(refused.getLocalizedMessage()).isEqualTo("no es un IPSW: no es un archivo ZIP");
            assertThat(refused).hasMessage("not an IPSW: not a ZIP file");
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void aTruncatedDownloadHasNoEndRecord() throws IOException {
        Path ipsw = sample().write(dir.resolve("cut.ipsw"));
        try (RandomAccessFile file = new RandomAccessFile(ipsw.toFile(), "rw")) {
            file.setLength(file.length() * 42 / 100);
        }

        assertThatThrownBy(() -> new IpswVerifier().verify(ipsw, context))
                .hasMessage("truncated IPSW: the ZIP end-of-central-directory record is missing");
    }

    @Test
    void aZipWithoutManifestOrWithAManifestThatIsNoPlistIsRefused() throws IOException {
        Path bare = sample().withoutManifest().write(dir.resolve("bare.ipsw"));
        Path html = sample().manifestBytes("<html>oops</html>".getBytes(StandardCharsets.UTF_8)).write(dir.resolve("html.ipsw"));

        assertThatThrownBy(() -> new IpswVerifier().verify(bare, context))
                .hasMessage("not an IPSW: the ZIP file has no BuildManifest.plist");
        assertThatThrownBy(() -> new IpswVerifier().verify(html, context))
                .hasMessageStartingWith("BuildManifest.plist is not a property list");
    }

    @Test
    void oneFlippedBitInABigEntryFailsItsCrc() throws IOException {
        Path ipsw = sample().write(dir.resolve("flip.ipsw"));
        flipBit(ipsw, Files.size(ipsw) / 2);

        assertThatThrownBy(() -> new IpswVerifier().verify(ipsw, context))
                .isInstanceOf(InvalidFirmwareException.class)
                .hasMessageMatching("damaged IPSW: CRC-32 of 090-12345-001.dmg is [0-9a-f]{8}, the ZIP directory says [0-9a-f]{8}");
    }

    @Test
    void aComponentThatDisagreesWithTheManifestDigestIsCaughtEvenWithGoodCrcs() throws IOException {
        String otherManifest = SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 299_000).manifest();
        Path ipsw = sample().manifestBytes(otherManifest.getBytes(StandardCharsets.UTF_8)).write(dir.resolve("swap.ipsw"));

        assertThatThrownBy(() -> new IpswVerifier().verify(ipsw, context))
                .hasMessage("damaged IPSW: Firmware/all_flash/iBoot.d53g.RELEASE.im4p does not match its BuildManifest digest");
    }

    @Test
    void componentDigestsAreCheckedAgainstTheManifest() throws IOException {
        Path ipsw = sample().write(dir.resolve("digests.ipsw"));
        try (var channel = java.nio.channels.FileChannel.open(ipsw)) {
            ZipDirectory directory = ZipDirectory.read(channel);
            assertThat(EntryContents.checkComponents(channel, directory, IpswVerifier.readManifest(ipsw)))
                    .as("iBoot, the SEP and 6 more of the boot chain").isEqualTo(8);
        }
    }

    @Test
    void aDownloadIsCheckedFromItsBlockCrcsWithTheHashesItWasGiven() throws IOException {
        Path ipsw = sample().write(dir.resolve("structure.ipsw"));
        FileDigests known = new FileDigests(Files.size(ipsw), "a".repeat(40), "b".repeat(64));

        assertThat(new IpswVerifier().verifyStructure(ipsw, known, BlockCrcsTest.of(ipsw, 100_003), context).digests())
                .isSameAs(known);
    }

    @Test
    void aDownloadWhoseBytesWereDamagedOnTheWayFailsItsEntryCrc() throws IOException {
        Path ipsw = sample().write(dir.resolve("damaged.ipsw"));
        flipBit(ipsw, Files.size(ipsw) / 2);
        FileDigests known = new FileDigests(Files.size(ipsw), "a".repeat(40), "b".repeat(64));

        assertThatThrownBy(() -> new IpswVerifier().verifyStructure(ipsw, known, BlockCrcsTest.of(ipsw, 1 << 20), context))
                .hasMessageStartingWith("damaged IPSW: CRC-32 of 090-12345-001.dmg");
    }

    @Test
    void inspectReadsABareManifestToo() throws IOException {
        Path plist = Files.writeString(dir.resolve("BuildManifest.plist"), sample().manifest());

        assertThat(IpswVerifier.readManifest(plist).build().productTypes()).containsExactly("iPhone13,2", "iPhone13,3");
    }

    static void flipBit(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int value = raf.read();
            raf.seek(offset);
            raf.write(value ^ 0x10);
        }
    }

    static String hash(String algorithm, Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
