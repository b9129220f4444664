package dev.restorestation.app.areas;

import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Synthetic IPSWs and ipsw.me-shaped catalog answers describing them. */
final class Firmwares {

    /** One line of a catalog: a published file, or a build only listed (unsigned, elsewhere). */
    record Listed(String build, String version, URI url, long size, String sha1, String sha256, boolean signed,
                  String released) {
    }

    private Firmwares() {
    }

    static Path ipsw(Path dir, String build, String version, String productType, long imageSize) throws IOException {
        return SyntheticIpsw.of(build, version, productType)
                .identity(0x8120, 0x0C, "d73ap")
                .im4p("Firmware/all_flash/iBoot.d73.RELEASE.im4p", 40_000)
                .diskImage("090-" + build + "-001.dmg", imageSize)
                .write(dir.resolve(productType + "_" + version + "_" + build + "_Restore.ipsw"));
    }

    static Listed published(String build, String version, URI url, Path file, boolean signed, String released)
            throws IOException {
        return new Listed(build, version, url, Files.size(file), hash("SHA-1", file), hash("SHA-256", file), signed,
                released);
    }

    static Listed unsigned(String build, String version, String released) {
        return new Listed(build, version, URI.create("https://updates.cdn-apple.com/" + build + ".ipsw"), 9_876_543_210L,
                "693bb78c8f6baf4186f7797bf3a0ef7d3b18255e",
                "1f6096c3298c87172f431e4924a4cf3c53298e5920f4b6c817929aa32d90c5ff", false, released);
    }

    /** ipsw.me's {@code /device/<type>?type=ipsw} answer, fields in the live API's order. */
    static String deviceJson(String productType, List<Listed> builds) {
        String firmwares = builds.stream().map(b -> """
                {"identifier":"%s","version":"%s","buildid":"%s","sha1sum":"%s","md5sum":"fe7544a1de32b7454ef8cdac355112d3",\
                "sha256sum":"%s","filesize":%d,"url":"%s","releasedate":"%s","uploaddate":"%s","signed":%s}"""
                .formatted(productType, b.version(), b.build(), b.sha1(), b.sha256(), b.size(), b.url(), b.released(),
                        b.released(), b.signed()))
                .collect(Collectors.joining(","));
        return """
                {"name":"iPhone 14 Pro","identifier":"%s","boardconfig":"d73ap","platform":"t8120","cpid":33056,"bdid":12,
                 "firmwares":[%s]}""".formatted(productType, firmwares);
    }

    static String hash(String algorithm, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
