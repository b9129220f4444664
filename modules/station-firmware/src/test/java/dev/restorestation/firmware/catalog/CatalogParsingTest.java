package dev.restorestation.firmware.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogParsingTest {

    private static final String ENTRY = """
            {"identifier":"iPhone14,2","version":"26.2.1","buildid":"23C71",
             "sha1sum":"693bb78c8f6baf4186f7797bf3a0ef7d3b18255e","md5sum":"fe7544a1de32b7454ef8cdac355112d3",
             "sha256sum":"1f6096c3298c87172f431e4924a4cf3c53298e5920f4b6c817929aa32d90c5ff","filesize":9876543210,
             "url":"https://updates.cdn-apple.com/2026WinterFCS/fullrestores/iPhone14,2_26.2.1_23C71_Restore.ipsw",
             "releasedate":"2026-01-12T17:00:00Z","uploaddate":"2026-01-10T20:35:13Z","signed":true}""";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsADeviceAnswerWithSizesAboveTwoGigabytes() throws Exception {
        String device = "{\"identifier\":\"iPhone14,2\",\"firmwares\":[" + ENTRY + "]}";

        List<CatalogEntry> entries = IpswMeCatalog.parse(bytes(device), "iPhone14,2");

        assertThat(entries).hasSize(1);
        CatalogEntry entry = entries.get(0);
        assertThat(entry.build()).isEqualTo("23C71");
        assertThat(entry.size()).isEqualTo(9_876_543_210L);
        assertThat(entry.signed()).isTrue();
        assertThat(entry.releasedAt()).isEqualTo(Instant.parse("2026-01-12T17:00:00Z"));
        assertThat(entry.checksumSources()).containsExactly("ipsw.me");
    }

    @Test
    void readsABareArrayOfFirmwaresAndKeepsOnlyTheDevice() throws Exception {
        String other = ENTRY.replace("iPhone14,2", "iPad7,4");

        assertThat(IpswMeCatalog.parse(bytes("[" + ENTRY + "," + other + "]"), "iPad7,4"))
                .extracting(CatalogEntry::productType).containsExactly("iPad7,4");
    }

    @Test
    void malformedOrIncompleteAnswersAreClearErrors() {
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("{\"firmwares\":[" + ENTRY), "iPhone14,2"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("the ipsw.me catalog for iPhone14,2 is not JSON: ");
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("<html>rate limited</html>"), "iPhone14,2"))
                .hasMessageStartingWith("the ipsw.me catalog for iPhone14,2 is not JSON: ");
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("{\"identifier\":\"iPhone14,2\"}"), "iPhone14,2"))
                .hasMessage("the ipsw.me catalog for iPhone14,2 has no firmwares list");
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("[" + ENTRY.replace("\"sha1sum\"", "\"sha1\"") + "]"), "iPhone14,2"))
                .hasMessage("ipsw.me firmware entry 1 lacks sha1sum");
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("[" + ENTRY.replace("9876543210", "\"big\"") + "]"), "iPhone14,2"))
                .hasMessage("ipsw.me firmware entry 1 has no valid filesize");
        assertThatThrownBy(() -> IpswMeCatalog.parse(bytes("[" + ENTRY.replace("693bb78c", "zzzzzzzz") + "]"), "iPhone14,2"))
                .hasMessageStartingWith("ipsw.me firmware entry 1 has a bad sha1sum: zzzzzzzz");
    }

    @Test
    void readsApplesRestoreChecksumsAndSkipsProtectedOnes() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict><key>MobileDeviceSoftwareVersionsByVersion</key><dict><key>1</key><dict>
                <key>MobileDeviceSoftwareVersions</key><dict>
                <key>iPhone14,2</key><dict><key>23C71</key><dict><key>Restore</key><dict>
                  <key>BuildVersion</key><string>23C71</string><key>FirmwareSHA1</key><string>693BB78C8F6BAF4186F7797BF3A0EF7D3B18255E</string>
                  <key>FirmwareURL</key><string>http://appldnld.apple.com/a.ipsw</string><key>ProductVersion</key><string>26.2.1</string></dict></dict>
                <key>23C5</key><dict><key>Restore</key><dict>
                  <key>BuildVersion</key><string>23C5</string><key>FirmwareSHA1</key><string>aaaa</string>
                  <key>FirmwareURL</key><string>protected://beta.ipsw</string></dict></dict></dict>
                </dict></dict></dict></dict></plist>""";

        Map<AppleCatalog.Key, String> sha1s = AppleCatalog.parse(bytes(xml));

        assertThat(sha1s).containsExactly(Map.entry(new AppleCatalog.Key("iPhone14,2", "23C71"),
                "693bb78c8f6baf4186f7797bf3a0ef7d3b18255e"));
        assertThatThrownBy(() -> AppleCatalog.parse(bytes("{}"))).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> AppleCatalog.parse(bytes("<plist version=\"1.0\"><dict/></plist>")))
                .hasMessage("Apple's version.xml lacks MobileDeviceSoftwareVersionsByVersion");
    }
}
