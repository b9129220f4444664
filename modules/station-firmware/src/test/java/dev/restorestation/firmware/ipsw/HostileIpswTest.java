package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.ipsw.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import dev.restorestation.core.task.TaskContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IPSWs forged to make the station see other files than the restore engine would, or none it checked. */
class HostileIpswTest {

    static final String IBOOT = "Firmware/all_flash/iBoot.d53g.RELEASE.im4p";
    static final String OS = "090-12345-001.dmg";
    static final TaskContext QUIET = TaskContext.quiet();

    @TempDir
    Path dir;

    /** A small IPSW whose manifest names an IM4P component and a root filesystem image, as Apple's do. */
    static Path ipsw(Path file) throws Exception {
        NSDictionary manifest = (NSDictionary) PropertyListParser.parse(
                shape().manifest().getBytes(StandardCharsets.UTF_8));
        for (NSObject identity : ((com.dd.plist.NSArray) manifest.get("BuildIdentities")).getArray()) {
            NSDictionary os = new NSDictionary();
            os.put("Digest", new NSData(new byte[48]));
            NSDictionary info = new NSDictionary();
            info.put("Path", OS);
            os.put("Info", info);
            ((NSDictionary) ((NSDictionary) identity).get("Manifest")).put("OS", os);
        }
        return shape().manifestBytes(manifest.toXMLPropertyList().getBytes(StandardCharsets.UTF_8)).write(file);
    }

    private static SyntheticIpsw shape() {
        return SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap")
                .im4p(IBOOT, 20_000)
                .deflated("Restore.plist", "<plist><dict/></plist>".getBytes(StandardCharsets.UTF_8))
                .diskImage(OS, 64 << 10);
    }

    private RawZip forge() throws Exception {
        return RawZip.from(ipsw(dir.resolve("original.ipsw")));
    }

    private static VerifiedIpsw verify(Path file) throws IOException {
        return new IpswVerifier().verify(file, QUIET);
    }

    @Test
    void theUnforgedIpswVerifiesAndSoDoesItsRawCopy() throws Exception {
        assertThat(verify(ipsw(dir.resolve("good.ipsw"))).manifest().build().build()).isEqualTo("23C71");
        assertThat(verify(forge().write(dir.resolve("copy.ipsw"))).manifest().componentDigests()).containsKeys(IBOOT, OS);
    }

    @Test
    void anIpswHoldingOnlyItsManifestIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entries.removeIf(entry -> !new String(entry.name, StandardCharsets.UTF_8).equals(IpswVerifier.MANIFEST));
        Path file = zip.write(dir.resolve("manifest-only.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage(
                "not an IPSW: its BuildManifest names 090-12345-001.dmg, which the ZIP file lacks");
    }

    @Test
    void anIpswWithoutItsRootFilesystemIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entries.remove(zip.entry(OS));
        Path file = zip.write(dir.resolve("no-rootfs.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessageContaining("names 090-12345-001.dmg, which the ZIP file lacks");
    }

    @Test
    void aComponentReplacedByAShellScriptIsRefusedThoughItsCrcIsRight() throws Exception {
        RawZip zip = forge();
        zip.entries.set(zip.entries.indexOf(zip.entry(IBOOT)),
                RawZip.stored(IBOOT, "#!/bin/sh\nrm -rf /\n".repeat(1000).getBytes(StandardCharsets.US_ASCII)));
        Path file = zip.write(dir.resolve("script.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("damaged IPSW: " + IBOOT
                + " is not an IM4P and does not match its BuildManifest digest");
    }

    @Test
    void anEntryCountThatWrapsAroundIsRefused() throws Exception {
        RawZip zip = forge();
        for (int i = zip.entries.size(); i < 65_599; i++) {
            zip.entries.add(RawZip.stored("Firmware/x/" + i + ".im4p", new byte[0]));
        }
        zip.countOverride = 65_599L;
        Path file = zip.write(dir.resolve("wrapped.ipsw"));

        assertThat(refused(() -> verify(file)))
                .hasMessage("damaged IPSW: the ZIP end record counts 63 entries, its central directory holds 65599");
    }

    @Test
    void anEntryCountOneShortIsRefused() throws Exception {
        RawZip zip = forge();
        zip.countOverride = (long) zip.entries.size() - 1;
        Path file = zip.write(dir.resolve("short-count.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("damaged IPSW: the ZIP end record counts "
                + (zip.entries.size() - 1) + " entries, its central directory holds " + zip.entries.size());
    }

    @Test
    void aSecondManifestIsRefused() throws Exception {
        RawZip zip = forge();
        String bare = SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap").manifest();
        zip.entries.add(0, RawZip.deflated(IpswVerifier.MANIFEST, bare.getBytes(StandardCharsets.UTF_8)));
        Path file = zip.write(dir.resolve("two-manifests.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("not an IPSW: the ZIP file holds BuildManifest.plist twice");
        assertThat(refused(() -> IpswVerifier.readManifest(file))).hasMessageContaining("twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"buildmanifest.plist", "BUILDMANIFEST.PLIST", "Firmware/all_flash/IBOOT.d53g.RELEASE.im4p",
        "Firmware/caf\u00e9.im4p|Firmware/cafe\u0301.im4p", "Firmware/STRASSE.im4p|Firmware/stra\u00dfe.im4p"})
    void namesThatOneFileOnACaseInsensitiveOrNormalisingDiskAreRefused(String names) throws Exception {
        RawZip zip = forge();
        for (String name : names.split("\\|")) {
            zip.entries.add(RawZip.stored(name, "other".getBytes(StandardCharsets.UTF_8)));
        }
        Path file = zip.write(dir.resolve("case.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessageStartingWith("not an IPSW: the ZIP entries ")
                .hasMessageEndingWith(" differ only in case or Unicode normalisation");
    }

    @Test
    void namesThatLookTheSameAreShownWithEscapes() throws Exception {
        RawZip zip = forge();
        zip.entries.add(RawZip.stored("Firmware/caf\u00e9.im4p", new byte[1]));
        zip.entries.add(RawZip.stored("Firmware/cafe\u0301.im4p", new byte[1]));
        Path file = zip.write(dir.resolve("nfd.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("not an IPSW: the ZIP entries Firmware/caf\\u00e9.im4p and "
                + "Firmware/cafe\\u0301.im4p differ only in case or Unicode normalisation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.im4p", "Firmware/../../escape", "/etc/cron.d/job", "Firmware\\dfu\\x.im4p",
        "C:/Windows/x", "Firmware//x", "./Restore.plist", "nul\u0000byte", "bell\u0007", ""})
    void anUnsafeNameIsRefused(String name) throws Exception {
        RawZip zip = forge();
        zip.entries.add(RawZip.stored("placeholder", "data".getBytes(StandardCharsets.UTF_8))
                .named(name.getBytes(StandardCharsets.UTF_8)));
        Path file = zip.write(dir.resolve("name.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessageStartingWith("not an IPSW: the ZIP entry name ")
                .message().doesNotContain("\u0000", "\u0007");
    }

    @ParameterizedTest
    @ValueSource(ints = {0120777, 0010644, 0020644, 0060644, 0140755})
    void aSymbolicLinkOrOtherSpecialEntryIsRefused(int mode) throws Exception {
        RawZip zip = forge();
        zip.entries.add(RawZip.stored("Firmware/link.im4p", "/etc/shadow".getBytes(StandardCharsets.UTF_8)));
        zip.entry("Firmware/link.im4p").externalAttributes = mode << 16;
        Path file = zip.write(dir.resolve("special.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessageMatching(
                "not an IPSW: ZIP entry Firmware/link.im4p is (a symbolic link|a special file \\(mode 0[0-7]+\\))");
    }

    @Test
    void aLocalHeaderThatNamesAnotherFileIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entry(IBOOT).localName = "Firmware/all_flash/iBoot.d53g.RELEASE.im4q".getBytes(StandardCharsets.UTF_8);
        Path file = zip.write(dir.resolve("local-name.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("not an IPSW: the local header of ZIP entry " + IBOOT
                + " names another file");
    }

    @Test
    void bytesAfterTheEndRecordAreNamedForWhatTheyAre() throws Exception {
        RawZip zip = forge();
        zip.trailing = "appended by a proxy".getBytes(StandardCharsets.US_ASCII);
        Path file = zip.write(dir.resolve("trailing.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage("damaged IPSW: 19 bytes follow the ZIP end record");
    }

    @Test
    void aZip64LocatorPointingFarPastTheFileIsNamedForWhatItIs() throws Exception {
        byte[] zip = Files.readAllBytes(forge().write(dir.resolve("plain.ipsw")));
        ByteBuffer locator = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x07064b50).putInt(0).putLong(Long.MAX_VALUE).putInt(1);
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write(zip, 0, zip.length - 22);
        forged.write(locator.array());
        forged.write(zip, zip.length - 22, 22);
        Path file = Files.write(dir.resolve("locator.ipsw"), forged.toByteArray());

        assertThat(refused(() -> verify(file))).hasMessage("damaged IPSW: the ZIP64 locator points outside the file");
    }

    @Test
    void aDownloadCutRightAfterAZipItCarriesIsStillTruncated() throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream baseband = new ZipOutputStream(inner)) {
            baseband.putNextEntry(new ZipEntry("bbticket.der"));
            baseband.write(new byte[100]);
        }
        RawZip zip = forge();
        zip.entries.add(RawZip.stored("Firmware/Mav20-6.20.03.Release.bbfw", inner.toByteArray()));
        Path file = zip.write(dir.resolve("cut.ipsw"));
        byte[] bytes = Files.readAllBytes(file);
        int directoryOffset = ByteBuffer.wrap(bytes, bytes.length - 6, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Files.write(file, Arrays.copyOf(bytes, directoryOffset));

        assertThat(refused(() -> verify(file)))
                .hasMessage("truncated IPSW: the ZIP end-of-central-directory record is missing");
    }

    @Test
    void aShortZip64ExtraFieldIsAOneLineRefusal() throws Exception {
        RawZip zip = forge();
        RawZip.Entry entry = zip.entry("Restore.plist");
        entry.saturateSize = true;
        entry.centralExtra = RawZip.zip64Extra(4, entry.size);
        Path file = zip.write(dir.resolve("short-extra.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage(
                "damaged IPSW: ZIP entry Restore.plist has a short ZIP64 extra field");
    }

    @Test
    void anExtraFieldRunningPastItsRecordIsRefused() throws Exception {
        RawZip zip = forge();
        zip.entry("Restore.plist").centralExtra = RawZip.zip64Extra(400, 1);
        Path file = zip.write(dir.resolve("long-extra.ipsw"));

        assertThat(refused(() -> verify(file))).hasMessage(
                "damaged IPSW: ZIP entry Restore.plist has a malformed extra field");
    }
}
