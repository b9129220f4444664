package dev.restorestation.firmware.ipsw;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes IPSW files shaped like Apple's (a ZIP, ZIP64 when large or asked, a real-shaped
 * BuildManifest with Erase and Update identities, IM4P components whose SHA-384 the manifest
 * carries, big stored disk images) for the demo bench, tests and benchmarks: no phone firmware
 * may be shipped, so the station makes its own.
 */
public final class SyntheticIpsw {

    private record Entry(String name, byte[] content, long fillerSize, boolean deflate) {
    }

    private record Identity(int chipId, int boardId, String deviceClass) {
    }

    private static final long ZIP64_THRESHOLD = 0xFFFF0000L;
    private static final int FILLER_BLOCK = 1 << 20;

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

    /** A plain IM4P component of about {@code size} bytes whose SHA-384 the manifest lists. */
    public SyntheticIpsw im4p(String path, int size) {
        entries.add(new Entry(path, im4pBytes(path, size), 0, false));
        return this;
    }

    /** A stored disk image of pseudo-random bytes (not held in memory). */
    public SyntheticIpsw diskImage(String path, long size) {
        entries.add(new Entry(path, null, size, false));
        return this;
    }

    /** A small deflated file, such as Restore.plist. */
    public SyntheticIpsw deflated(String path, byte[] content) {
        entries.add(new Entry(path, content.clone(), 0, true));
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
                    manifestOverride != null ? manifestOverride : manifest().getBytes(StandardCharsets.UTF_8), 0, true));
        }
        all.addAll(entries);
        long planned = all.stream().mapToLong(entry -> entry.content() == null ? entry.fillerSize() : entry.content().length).sum();
        boolean zip64 = forceZip64 || planned > ZIP64_THRESHOLD;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            new ZipWriter(out, zip64).write(all);
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
        for (Entry entry : entries) {
            if (entry.content() != null && entry.name().endsWith(".im4p")) {
                NSDictionary component = new NSDictionary();
                component.put("Digest", new NSData(sha384(entry.content())));
                NSDictionary componentInfo = new NSDictionary();
                componentInfo.put("Path", entry.name());
                component.put("Info", componentInfo);
                component.put("Trusted", true);
                components.put(Path.of(entry.name()).getFileName().toString().split("\\.")[0], component);
            }
        }
        dict.put("Manifest", components);
        return dict;
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

    /** A plain ZIP writer: stored or deflated entries, ZIP64 records when asked. */
    private static final class ZipWriter {
        private final FileChannel out;
        private final boolean zip64;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long position;

        ZipWriter(FileChannel out, boolean zip64) {
            this.out = out;
            this.zip64 = zip64;
        }

        void write(List<Entry> entries) throws IOException {
            for (Entry entry : entries) {
                writeEntry(entry);
            }
            long centralOffset = position;
            byte[] directory = central.toByteArray();
            put(ByteBuffer.wrap(directory));
            int count = entries.size();
            if (zip64) {
                long zip64Offset = position;
                ByteBuffer end = buffer(56).putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45)
                        .putInt(0).putInt(0).putLong(count).putLong(count).putLong(directory.length).putLong(centralOffset);
                put(end.flip());
                put(buffer(20).putInt(0x07064b50).putInt(0).putLong(zip64Offset).putInt(1).flip());
            }
            ByteBuffer end = buffer(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) (zip64 ? 0xFFFF : count)).putShort((short) (zip64 ? 0xFFFF : count))
                    .putInt(zip64 ? -1 : directory.length).putInt(zip64 ? -1 : (int) centralOffset).putShort((short) 0);
            put(end.flip());
        }

        private void writeEntry(Entry entry) throws IOException {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            long headerOffset = position;
            int headerLength = 30 + name.length + (zip64 ? 20 : 0);
            position += headerLength;
            CRC32 crc = new CRC32();
            long size;
            long compressed;
            if (entry.content() == null) {
                size = writeFiller(entry.fillerSize(), crc);
                compressed = size;
            } else {
                crc.update(entry.content());
                size = entry.content().length;
                byte[] data = entry.deflate() ? deflate(entry.content()) : entry.content();
                compressed = data.length;
                put(ByteBuffer.wrap(data));
            }
            int method = entry.deflate() ? 8 : 0;
            ByteBuffer local = buffer(headerLength).putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20))
                    .putShort((short) 0x0800).putShort((short) method).putInt(0x5A210000).putInt((int) crc.getValue())
                    .putInt(zip64 ? -1 : (int) compressed).putInt(zip64 ? -1 : (int) size)
                    .putShort((short) name.length).putShort((short) (zip64 ? 20 : 0)).put(name);
            if (zip64) {
                local.putShort((short) 1).putShort((short) 16).putLong(size).putLong(compressed);
            }
            out.write(local.flip(), headerOffset);
            ByteBuffer record = buffer(46 + name.length + (zip64 ? 28 : 0)).putInt(0x02014b50)
                    .putShort((short) 0x031E).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0x0800)
                    .putShort((short) method).putInt(0x5A210000).putInt((int) crc.getValue())
                    .putInt(zip64 ? -1 : (int) compressed).putInt(zip64 ? -1 : (int) size)
                    .putShort((short) name.length).putShort((short) (zip64 ? 28 : 0)).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0100644 << 16)
                    .putInt(zip64 ? -1 : (int) headerOffset).put(name);
            if (zip64) {
                record.putShort((short) 1).putShort((short) 24).putLong(size).putLong(compressed).putLong(headerOffset);
            }
            central.write(record.array(), 0, record.position());
        }

        private long writeFiller(long size, CRC32 crc) throws IOException {
            byte[] block = new byte[FILLER_BLOCK];
            new SplittableRandom(size).nextBytes(block);
            ByteBuffer view = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
            long written = 0;
            for (long counter = 0; written < size; counter++) {
                view.putLong(0, counter);
                int length = (int) Math.min(block.length, size - written);
                crc.update(block, 0, length);
                put(ByteBuffer.wrap(block, 0, length));
                written += length;
            }
            return written;
        }

        private void put(ByteBuffer data) throws IOException {
            while (data.hasRemaining()) {
                position += out.write(data, position);
            }
        }

        private static ByteBuffer buffer(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static byte[] deflate(byte[] content) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                result.write(chunk, 0, deflater.deflate(chunk));
            }
            deflater.end();
            return result.toByteArray();
        }
    }
}
