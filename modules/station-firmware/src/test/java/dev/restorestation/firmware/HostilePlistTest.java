package dev.restorestation.firmware;

import static dev.restorestation.firmware.ipsw.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import dev.restorestation.firmware.catalog.AppleCatalog;
import dev.restorestation.firmware.catalog.CatalogException;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property lists built to crash, hang or fool the station, local, inside an IPSW, or as Apple's catalog. */
class HostilePlistTest {

    private static final int DEEP = 100_000;

    @TempDir
    Path dir;

    static byte[] deepXml(int depth) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">" + "<array>".repeat(depth)
                + "</array>".repeat(depth) + "</plist>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code depth} arrays, each holding the next; {@code cycle} makes the last hold the first. */
    static byte[] deepBinary(int depth, boolean cycle) {
        ByteBuffer out = ByteBuffer.allocate(8 + depth * 5 + depth * 4 + 32).put("bplist00".getBytes(StandardCharsets.US_ASCII));
        int[] offsets = new int[depth];
        for (int i = 0; i < depth; i++) {
            offsets[i] = out.position();
            if (i < depth - 1 || cycle) {
                out.put((byte) 0xA1).putInt(i < depth - 1 ? i + 1 : 0);
            } else {
                out.put((byte) 0xA0);
            }
        }
        int table = out.position();
        for (int offset : offsets) {
            out.putInt(offset);
        }
        out.put(new byte[6]).put((byte) 4).put((byte) 4).putLong(depth).putLong(0).putLong(table);
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    @Test
    void aDeeplyNestedManifestIsRefusedInOneLineWhereverItComesFrom() throws Exception {
        Path xml = Files.write(dir.resolve("BuildManifest.plist"), deepXml(DEEP));
        Path binary = Files.write(dir.resolve("binary.plist"), deepBinary(DEEP, false));
        Path ipsw = SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").manifestBytes(deepXml(DEEP))
                .write(dir.resolve("deep.ipsw"));

        for (Path file : new Path[] {xml, binary, ipsw}) {
            assertThat(refused(() -> IpswVerifier.readManifest(file)))
                    .hasMessage("BuildManifest.plist is not a property list: it is nested deeper than 64 levels");
        }
    }

    @Test
    void aBinaryPlistThatContainsItselfIsRefused() {
        assertThat(refused(() -> BuildManifest.read(new ByteArrayInputStream(deepBinary(2, true)))))
                .hasMessage("BuildManifest.plist is not a property list: it is nested deeper than 64 levels");
    }

    @Test
    void aBinaryArrayClaimingMoreElementsThanTheFileHoldsIsNamedForWhatItIs() {
        ByteBuffer plist = ByteBuffer.allocate(8 + 10 + 8 + 32).put("bplist00".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0xAF).put((byte) 0x13).putLong(1L << 62).putLong(8)
                .put(new byte[6]).put((byte) 8).put((byte) 2).putLong(1).putLong(0).putLong(18);

        assertThat(refused(() -> BuildManifest.read(new ByteArrayInputStream(plist.array())))).hasMessage(
                "BuildManifest.plist is not a property list: the binary property list has a container past its data");
    }

    @Test
    void aDeeplyNestedCatalogIsACatalogError() {
        assertThat(refused(() -> AppleCatalog.parse(deepXml(DEEP)), CatalogException.class))
                .hasMessage("Apple's version.xml is not a property list: it is nested deeper than 64 levels");
    }

    @Test
    void nestingAsDeepAsRealFilesIsRead() throws Exception {
        assertThat(BoundedPlist.parse(deepXml(40))).isInstanceOf(NSArray.class);
        assertThat(BoundedPlist.parse(deepBinary(40, false))).isInstanceOf(NSArray.class);
    }

    @Test
    void entityDeclarationsStayRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<plist><string>&e;&e;&e;&e;&e;&e;&e;&e;</string></plist>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<plist><string>&x;</string></plist>";

        for (String xml : new String[] {laughs, external}) {
            assertThat(refused(() -> BuildManifest.read(stream(xml))))
                    .hasMessageStartingWith("BuildManifest.plist is not a property list: ");
        }
    }

    @Test
    void malformedXmlPrintsNothingOnStandardError() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(refused(() -> BuildManifest.read(stream("<plist><dict><key>a</key></plist>"))))
                    .hasMessageStartingWith("BuildManifest.plist is not a property list: line 1: ");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aPlistLargerThanAnyManifestIsRefusedBeforeParsing() {
        byte[] big = new byte[BuildManifest.MAX_SIZE + 1];
        assertThat(refused(() -> BuildManifest.read(new ByteArrayInputStream(big))))
                .hasMessage("BuildManifest.plist is not a property list: it is larger than 16.0 MiB");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsField() {
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        manifest.put("SupportedProductTypes", new NSArray(new NSData(new byte[] {1, 2})));
        assertThat(refused(() -> BuildManifest.read(xml(manifest))))
                .hasMessage("BuildManifest.plist: SupportedProductTypes[0] is data, not a string");

        NSDictionary identity = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        ((NSDictionary) identity.get("Info")).put("DeviceClass", new NSArray());
        manifest.put("SupportedProductTypes", new NSArray(new NSString("iPhone13,2")));
        manifest.put("BuildIdentities", new NSArray(identity));
        assertThat(refused(() -> BuildManifest.read(xml(manifest))))
                .hasMessage("BuildManifest.plist: BuildIdentities[0].Info.DeviceClass is an array, not a string");
    }

    @Test
    void aDigestNoHashCouldMakeIsRefused() {
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        NSDictionary identity = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        NSDictionary sep = (NSDictionary) ((NSDictionary) identity.get("Manifest")).get("RestoreSEP");
        sep.put("Digest", new NSData(new byte[7]));
        manifest.put("BuildIdentities", new NSArray(identity));

        assertThat(refused(() -> BuildManifest.read(xml(manifest)))).hasMessage("BuildManifest.plist: "
                + "BuildIdentities[0].Manifest.RestoreSEP.Digest is 7 bytes, not a SHA-1, SHA-256 or SHA-384 digest");
    }

    @Test
    void aManifestThatAttestsNoBootChainIsRefused() {
        NSDictionary noDigest = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        manifestOf(noDigest).forEach((key, component) -> ((NSDictionary) component).remove("Digest"));
        NSDictionary noComponents = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        noComponents.put("Manifest", new NSDictionary());
        NSDictionary noKernelDigest = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        ((NSDictionary) manifestOf(noKernelDigest).get("KernelCache")).remove("Digest");
        NSDictionary noManifest = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        noManifest.remove("Manifest");

        assertThat(refusal(noDigest)).hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS.Digest");
        assertThat(refusal(noComponents)).hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
        assertThat(refusal(noKernelDigest))
                .hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest.KernelCache.Digest");
        assertThat(refusal(noManifest)).hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest");
    }

    @Test
    void twoDigestsForOneComponentOfOneFileAreRefused() {
        NSDictionary erase = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        NSDictionary update = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Update", "y");
        byte[] tampered = new byte[48];
        tampered[0] = 1;
        manifestOf(update).put("iBoot", BuildManifestTest.component("Firmware/all_flash/iBoot.im4p", tampered));
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        manifest.put("BuildIdentities", new NSArray(erase, update));

        assertThat(refused(() -> BuildManifest.read(xml(manifest)))).hasMessage(
                "BuildManifest.plist gives iBoot (Firmware/all_flash/iBoot.im4p) two different digests");
    }

    @Test
    void anIdentityForAnotherBuildIsRefused() {
        NSDictionary identity = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        ((NSDictionary) identity.get("Info")).put("BuildNumber", "99Z999");

        assertThat(refusal(identity)).hasMessage(
                "BuildManifest.plist: BuildIdentities[0].Info.BuildNumber is 99Z999, not the ProductBuildVersion 23C71");
    }

    @Test
    void identityTextsThatAreNotPlainAreRefusedWithTheirField() {
        for (String key : new String[] {"RestoreBehavior", "Variant", "DeviceClass"}) {
            NSDictionary identity = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
            ((NSDictionary) identity.get("Info")).put(key, "Erase\u001b[31m\u202e");

            assertThat(refusal(identity)).hasMessage(
                    "BuildManifest.plist has a bad BuildIdentities[0].Info." + key + ": Erase\\x1b[31m\\u202e");
        }
        NSDictionary reinstall = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Reinstall", "x");
        assertThat(refusal(reinstall))
                .hasMessage("BuildManifest.plist has a bad BuildIdentities[0].Info.RestoreBehavior: Reinstall");
    }

    private static NSDictionary manifestOf(NSDictionary identity) {
        return (NSDictionary) identity.get("Manifest");
    }

    /** The identity in a binary manifest, which can hold any character. */
    private static InvalidFirmwareException refusal(NSDictionary identity) {
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        manifest.put("BuildIdentities", new NSArray(identity));
        return refused(() -> BuildManifest.read(new ByteArrayInputStream(BinaryPropertyListWriter.writeToArray(manifest))));
    }

    @Test
    void idsOutsideTheirRangesAreRefused() {
        for (String chip : new String[] {"-0x1", "0x10000", "99999", "0x-1"}) {
            NSDictionary manifest = BuildManifestTest.sampleManifest();
            manifest.put("BuildIdentities", new NSArray(BuildManifestTest.identity(chip, "0x0C", "d53gap", "Erase", "x")));
            assertThat(refused(() -> BuildManifest.read(xml(manifest))))
                    .hasMessage("BuildManifest.plist has a bad ApChipID: " + chip);
        }
        NSDictionary longBuild = BuildManifestTest.sampleManifest();
        longBuild.put("ProductBuildVersion", "23C71" + "A".repeat(34));
        assertThat(refused(() -> BuildManifest.read(xml(longBuild))))
                .hasMessageStartingWith("BuildManifest.plist has a bad ProductBuildVersion: 23C71AAAA");
    }

    @Test
    void controlCharactersFromTheFileAreEscapedInMessages() throws Exception {
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        manifest.put("ProductBuildVersion", "23C71\u001b]0;pwned\u0007\u001b[2J");
        byte[] binary = BinaryPropertyListWriter.writeToArray(manifest);

        assertThat(refused(() -> BuildManifest.read(new ByteArrayInputStream(binary))))
                .hasMessage("BuildManifest.plist has a bad ProductBuildVersion: 23C71\\x1b]0;pwned\\x07\\x1b[2J");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream xml(NSDictionary plist) {
        return stream(plist.toXMLPropertyList());
    }
}
