package dev.restorestation.firmware.ipsw;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import dev.restorestation.firmware.BuildManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes IPSW files shaped like Apple's (a ZIP, ZIP64 when large or asked, a real-shaped
 * BuildManifest with Erase and Update identities, IM4P components whose SHA-384 the manifest
 * carries, big stored disk images) for the demo bench, tests and benchmarks: no phone firmware
 * may be shipped, so the station makes its own. Every identity has the boot chain a real manifest
 * has ({@link BuildManifest#BOOT_CHAIN}); small IM4Ps stand in for the parts a caller does not give.
 */
public final class SyntheticIpsw {

    /** @param key the component's name in the manifest; null for files the manifest does not name */
    record Entry(String name, byte[] content, long fillerSize, boolean deflate, String key) {
    }

    private record Identity(int chipId, int boardId, String deviceClass) {
    }

    private static final long ZIP64_THRESHOLD = 0xFFFF0000L;

    private final String build;
    private final String version;
    private final List<String> productTypes;
    private final List<Identity> identities = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private byte[] manifestOverride;
    private boolean withManifest = true;
    private boolean forceZip64;

    private SyntheticIpsw(String build, String version, List<String> productTypes) {
        this.build = build;
        this.version = version;
        this.productTypes = List.copyOf(productTypes);
    }

    public static SyntheticIpsw of(String build, String version, String... productTypes) {
        return new SyntheticIpsw(build, version, List.of(productTypes));
    }

    /** A board this IPSW restores, with an Erase and an Update identity. */
    public SyntheticIpsw identity(int chipId, int boardId, String deviceClass) {
        identities.add(new Identity(chipId, boardId, deviceClass));
        return this;
    }

    /**
     * A plain IM4P component of about {@code size} bytes whose SHA-384 the manifest lists, under
     * the first part of its file name ({@code iBoot} for {@code Firmware/all_flash/iBoot.d53g.RELEASE.im4p}).
     */
    public SyntheticIpsw im4p(String path, int size) {
        entries.add(new Entry(path, im4pBytes(path, size), 0, false,
                Path.of(path).getFileName().toString().split("\\.")[0]));
        return this;
    }

    /** A stored disk image of pseudo-random bytes (not held in memory). */
    public SyntheticIpsw diskImage(String path, long size) {
        entries.add(new Entry(path, null, size, false, null));
        return this;
    }

    /** A small deflated file, such as Restore.plist. */
    public SyntheticIpsw deflated(String path, byte[] content) {
        entries.add(new Entry(path, content.clone(), 0, true, null));
        return this;
    }

    public SyntheticIpsw manifestBytes(byte[] content) {
        manifestOverride = content.clone();
        return this;
    }

    public SyntheticIpsw withoutManifest() {
        withManifest = false;
        return this;
    }

    public SyntheticIpsw zip64() {
        forceZip64 = true;
        return this;
    }

    public Path write(Path file) throws IOException {
        List<Entry> all = new ArrayList<>();
        if (withManifest) {
            all.add(new Entry(IpswVerifier.MANIFEST,
                    manifestOverride != null ? manifestOverride : manifest().getBytes(StandardCharsets.UTF_8), 0, true,
                    null));
        }
        all.addAll(components());
        long planned = all.stream().mapToLong(entry -> entry.content() == null ? entry.fillerSize() : entry.content().length).sum();
        boolean zip64 = forceZip64 || planned > ZIP64_THRESHOLD;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            new SyntheticZipWriter(out, zip64).write(all);
        }
        return file;
    }

    public String manifest() {
        NSDictionary manifest = new NSDictionary();
        manifest.put("ManifestVersion", 0);
        manifest.put("ProductBuildVersion", build);
        manifest.put("ProductVersion", version);
        manifest.put("SupportedProductTypes", new NSArray(productTypes.stream().map(NSString::new).toArray(NSString[]::new)));
        List<NSDictionary> list = new ArrayList<>();
        for (Identity identity : identities) {
            list.add(identity(identity, "Erase", "Customer Erase Install (IPSW)"));
            list.add(identity(identity, "Update", "Customer Upgrade Install (IPSW)"));
        }
        manifest.put("BuildIdentities", new NSArray(list.toArray(NSDictionary[]::new)));
        return manifest.toXMLPropertyList();
    }

    private NSDictionary identity(Identity identity, String behaviour, String variant) {
        NSDictionary dict = new NSDictionary();
        dict.put("ApChipID", String.format("0x%04X", identity.chipId()));
        dict.put("ApBoardID", String.format("0x%02X", identity.boardId()));
        dict.put("ApSecurityDomain", "0x01");
        dict.put("Ap,ProductType", productTypes.get(0));
        NSDictionary info = new NSDictionary();
        info.put("BuildNumber", build);
        info.put("BuildTrain", "Synthetic");
        info.put("DeviceClass", identity.deviceClass());
        info.put("RestoreBehavior", behaviour);
        info.put("Variant", variant);
        dict.put("Info", info);
        NSDictionary components = new NSDictionary();
        for (Entry entry : components()) {
            if (entry.key() != null) {
                NSDictionary component = new NSDictionary();
                component.put("Digest", new NSData(sha384(entry.content())));
                NSDictionary componentInfo = new NSDictionary();
                componentInfo.put("Path", entry.name());
                component.put("Info", componentInfo);
                component.put("Trusted", true);
                components.put(entry.key(), component);
            }
        }
        dict.put("Manifest", components);
        return dict;
    }

    /** The caller's entries, then a small IM4P for each part of the boot chain the caller did not give. */
    private List<Entry> components() {
        List<Entry> all = new ArrayList<>(entries);
        for (String key : BuildManifest.BOOT_CHAIN) {
            if (entries.stream().noneMatch(entry -> key.equals(entry.key()))) {
                String path = "Firmware/all_flash/" + key + ".synthetic.im4p";
                all.add(new Entry(path, im4pBytes(path, 2048), 0, false, key));
            }
        }
        return all;
    }

    private static byte[] im4pBytes(String path, int size) {
        byte[] payload = new byte[Math.max(size - 32, 16)];
        new SplittableRandom(path.hashCode()).nextBytes(payload);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x16, 0x04, 'I', 'M', '4', 'P', 0x16, 0x04, 'k', 'r', 'n', 'l', 0x16, 0x01, '1'});
        body.write(0x04);
        derLength(body, payload.length);
        body.writeBytes(payload);
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        der.write(0x30);
        derLength(der, body.size());
        der.writeBytes(body.toByteArray());
        return der.toByteArray();
    }

    private static void derLength(ByteArrayOutputStream out, int length) {
        out.write(0x84);
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
    }

    private static byte[] sha384(byte[] content) {
        MessageDigest digest = FileDigests.digest("SHA-384");
        return digest.digest(content);
    }
}
