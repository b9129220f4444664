package dev.restorestation.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildManifestTest {

    @Test
    void readsBuildVersionProductTypesAndIdentities() throws Exception {
        BuildManifest manifest = BuildManifest.read(xml(sampleManifest()));

        assertThat(manifest.build().build()).isEqualTo("23C71");
        assertThat(manifest.build().version()).isEqualTo("26.2.1");
        assertThat(manifest.build().productTypes()).containsExactly("iPhone13,2", "iPhone13,3");
        assertThat(manifest.identities()).containsExactly(
                new BuildIdentity(0x8101, 0x0C, "d53gap", "Erase", "Customer Erase Install (IPSW)"),
                new BuildIdentity(0x8101, 0x0C, "d53gap", "Update", "Customer Upgrade Install (IPSW)"));
    }

    @Test
    void aResearchIdentityWithoutRestoreBehaviourIsKept() throws Exception {
        NSDictionary manifest = sampleManifest();
        NSDictionary research = identity("0x8101", "0x0E", "d53pap", null, "Research Customer Erase Install (IPSW)");
        manifest.put("BuildIdentities", new NSArray(research));

        assertThat(BuildManifest.read(xml(manifest)).identities())
                .containsExactly(new BuildIdentity(0x8101, 0x0E, "d53pap", "", "Research Customer Erase Install (IPSW)"));
    }

    @Test
    void refusesWhatIsNotAPlist() {
        assertThatThrownBy(() -> BuildManifest.read(new ByteArrayInputStream("<html>502</html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidFirmwareException.class)
                .hasMessageStartingWith("BuildManifest.plist is not a property list");
    }

    @Test
    void refusesAManifestWithoutItsKeys() {
        NSDictionary manifest = sampleManifest();
        manifest.remove("ProductBuildVersion");
        assertThatThrownBy(() -> BuildManifest.read(xml(manifest))).hasMessage("BuildManifest.plist lacks ProductBuildVersion");

        NSDictionary badChip = sampleManifest();
        badChip.put("BuildIdentities", new NSArray(identity("chip", "0x0C", "d53gap", "Erase", "x")));
        assertThatThrownBy(() -> BuildManifest.read(xml(badChip))).hasMessage("BuildManifest.plist has a bad ApChipID: chip");
    }

    static NSDictionary sampleManifest() {
        NSDictionary manifest = new NSDictionary();
        manifest.put("ManifestVersion", 0);
        manifest.put("ProductBuildVersion", "23C71");
        manifest.put("ProductVersion", "26.2.1");
        manifest.put("SupportedProductTypes", new NSArray(
                new NSString("iPhone13,2"), new NSString("iPhone13,3")));
        manifest.put("BuildIdentities", new NSArray(
                identity("0x8101", "0x0C", "d53gap", "Erase", "Customer Erase Install (IPSW)"),
                identity("0x8101", "0x0C", "d53gap", "Update", "Customer Upgrade Install (IPSW)")));
        return manifest;
    }

    static NSDictionary identity(String chip, String board, String deviceClass, String behaviour, String variant) {
        NSDictionary identity = new NSDictionary();
        identity.put("ApChipID", chip);
        identity.put("ApBoardID", board);
        identity.put("ApSecurityDomain", "0x01");
        identity.put("Ap,ProductType", "iPhone13,2");
        NSDictionary info = new NSDictionary();
        info.put("BuildNumber", "23C71");
        info.put("DeviceClass", deviceClass);
        if (behaviour != null) {
            info.put("RestoreBehavior", behaviour);
        }
        info.put("Variant", variant);
        identity.put("Info", info);
        NSDictionary manifest = new NSDictionary();
        for (String key : BuildManifest.BOOT_CHAIN) {
            manifest.put(key, component("Firmware/all_flash/" + key + ".im4p", new byte[48]));
        }
        NSDictionary sep = new NSDictionary();
        sep.put("Digest", new NSData(new byte[48]));
        manifest.put("RestoreSEP", sep);
        identity.put("Manifest", manifest);
        return identity;
    }

    static NSDictionary component(String path, byte[] digest) {
        NSDictionary component = new NSDictionary();
        component.put("Digest", new NSData(digest));
        NSDictionary info = new NSDictionary();
        info.put("Path", path);
        component.put("Info", info);
        return component;
    }

    private static ByteArrayInputStream xml(NSDictionary plist) {
        return new ByteArrayInputStream(plist.toXMLPropertyList().getBytes(StandardCharsets.UTF_8));
    }
}
