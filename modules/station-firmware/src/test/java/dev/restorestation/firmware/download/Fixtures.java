package dev.restorestation.firmware.download;

import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Synthetic IPSWs and the catalog documents that describe them, shaped like ipsw.me's and Apple's. */
final class Fixtures {

    private Fixtures() {
    }

    static Path ipsw(Path dir, String build, long imageSize) throws IOException {
        return SyntheticIpsw.of(build, "26.2.1", "iPhone13,2", "iPhone13,3")
                .identity(0x8101, 0x0C, "d53gap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 60_000)
                .diskImage("090-" + build + "-001.dmg", imageSize)
                .write(dir.resolve("iPhone13,2_26.2.1_" + build + "_Restore.ipsw"));
    }

    static String hash(String algorithm, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static DownloadRequest request(URI url, Path file) throws IOException {
        return new DownloadRequest(url, Files.size(file), hash("SHA-1", file), hash("SHA-256", file));
    }

    /** ipsw.me's {@code /device/<type>?type=ipsw} answer with one firmware entry, fields in the live order. */
    static String deviceJson(String productType, String build, URI url, long size, String sha1, String sha256, boolean signed) {
        return """
                {"name":"iPhone 12","identifier":"%1$s","boardconfig":"d53gap","platform":"t8101","cpid":33025,"bdid":12,
                 "firmwares":[{"identifier":"%1$s","version":"26.2.1","buildid":"%2$s","sha1sum":"%3$s",
                 "md5sum":"fe7544a1de32b7454ef8cdac355112d3","sha256sum":"%4$s","filesize":%5$d,"url":"%6$s",
                 "releasedate":"2026-01-12T17:00:00Z","uploaddate":"2026-01-10T20:35:13Z","signed":%7$s},
                 {"identifier":"%1$s","version":"26.1","buildid":"23B85","sha1sum":"693bb78c8f6baf4186f7797bf3a0ef7d3b18255e",
                 "md5sum":"fe7544a1de32b7454ef8cdac355112d3","sha256sum":"1f6096c3298c87172f431e4924a4cf3c53298e5920f4b6c817929aa32d90c5ff",
                 "filesize":9999,"url":"https://updates.cdn-apple.com/old.ipsw",
                 "releasedate":"2025-11-03T17:00:00Z","uploaddate":"2025-11-01T20:35:13Z","signed":false}]}
                """.formatted(productType, build, sha1, sha256, size, url, signed);
    }

    static String deviceJson(String productType, String build, URI url, Path file) throws IOException {
        return deviceJson(productType, build, url, Files.size(file), hash("SHA-1", file), hash("SHA-256", file), true);
    }

    /** Apple's version.xml with one restore entry. */
    static String versionXml(String productType, String build, String sha1) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0"><dict>
                <key>MobileDeviceSoftwareVersionsByVersion</key><dict><key>1</key><dict>
                <key>MobileDeviceSoftwareVersions</key><dict><key>%1$s</key><dict><key>%2$s</key><dict>
                <key>Restore</key><dict><key>BuildVersion</key><string>%2$s</string>
                <key>DocumentationURL</key><string></string><key>FirmwareSHA1</key><string>%3$s</string>
                <key>FirmwareURL</key><string>http://appldnld.apple.com/x/%1$s_%2$s_Restore.ipsw</string>
                <key>ProductVersion</key><string>26.2.1</string></dict></dict></dict></dict></dict></dict>
                </dict></plist>
                """.formatted(productType, build, sha1);
    }
}
