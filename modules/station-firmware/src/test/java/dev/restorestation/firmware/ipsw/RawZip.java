package dev.restorestation.firmware.ipsw;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;

/**
 * Writes ZIP files byte by byte, so a test can forge what a ZIP library would never write: counts
 * that wrap, duplicate or unsafe names, symbolic links, local headers that disagree, short extra
 * fields, bytes after the end record, and entries that inflate far beyond their declared size.
 */
final class RawZip {

    /** One entry; every field is written as it stands, so a test can make any of them lie. */
    static final class Entry {
        byte[] name;
        byte[] localName;
        byte[] data;
        int method;
        long crc;
        long size;
        int madeBy = 0x031E;
        int externalAttributes = 0100644 << 16;
        byte[] centralExtra = new byte[0];
        boolean saturateSize;
        /** The local header leaves CRC and sizes to a data descriptor (flag bit 3, zeros). */
        boolean deferred;
        byte[] descriptor = new byte[0];
        Long localCrc;

        Entry(String name, byte[] data, int method, long crc, long size) {
            this.name = name.getBytes(StandardCharsets.UTF_8);
            this.localName = this.name;
            this.data = data;
            this.method = method;
            this.crc = crc;
            this.size = size;
        }

        Entry named(byte[] rawName) {
            name = rawName;
            localName = rawName;
            return this;
        }
    }

    final List<Entry> entries = new ArrayList<>();
    Long countOverride;
    byte[] trailing = new byte[0];

    /** The entries of a ZIP the JDK can read, such as a {@link SyntheticIpsw}, to be forged further. */
    static RawZip from(Path zip) throws IOException {
        RawZip raw = new RawZip();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var entry : Collections.list(file.entries())) {
                byte[] content = file.getInputStream(entry).readAllBytes();
                raw.entries.add(entry.getMethod() == ZipEntryRecord.DEFLATED
                        ? deflated(entry.getName(), content) : stored(entry.getName(), content));
            }
        }
        return raw;
    }

    static Entry stored(String name, byte[] content) {
        return new Entry(name, content, ZipEntryRecord.STORED, crc(content), content.length);
    }

    static Entry deflated(String name, byte[] content) {
        return new Entry(name, deflate(content), ZipEntryRecord.DEFLATED, crc(content), content.length);
    }

    /**
     * Deflate data that inflates to {@code megabytes} MiB of zeros, built by repeating one
     * compressed megabyte: a few kilobytes on disk whatever the size.
     */
    static byte[] zeroBomb(int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        byte[] chunk = new byte[1 << 16];
        int length = deflater.deflate(chunk, 0, chunk.length, Deflater.FULL_FLUSH);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk, 0, length);
        }
        out.write(new byte[] {0x03, 0x00}, 0, 2);
        return out.toByteArray();
    }

    Entry entry(String name) {
        return entries.stream().filter(entry -> new String(entry.name, StandardCharsets.UTF_8).equals(name))
                .findFirst().orElseThrow();
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteArrayOutputStream central = new ByteArrayOutputStream();
            long position = 0;
            for (Entry entry : entries) {
                long compressed = entry.saturateSize ? 0xFFFFFFFFL : entry.data.length;
                long size = entry.saturateSize ? 0xFFFFFFFFL : entry.size;
                long localCrc = entry.localCrc != null ? entry.localCrc : entry.crc;
                ByteBuffer local = le(30 + entry.localName.length).putInt(0x04034b50).putShort((short) 20)
                        .putShort((short) (entry.deferred ? 0x0808 : 0x0800)).putShort((short) entry.method)
                        .putInt(0x5A210000).putInt(entry.deferred ? 0 : (int) localCrc)
                        .putInt(entry.deferred ? 0 : (int) compressed).putInt(entry.deferred ? 0 : (int) size)
                        .putShort((short) entry.localName.length).putShort((short) 0).put(entry.localName);
                out.write(local.array());
                out.write(entry.data);
                out.write(entry.descriptor);
                ByteBuffer record = le(46 + entry.name.length + entry.centralExtra.length).putInt(0x02014b50)
                        .putShort((short) entry.madeBy).putShort((short) 20).putShort((short) 0x0800)
                        .putShort((short) entry.method).putInt(0x5A210000).putInt((int) entry.crc)
                        .putInt((int) compressed).putInt((int) size).putShort((short) entry.name.length)
                        .putShort((short) entry.centralExtra.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(entry.externalAttributes).putInt((int) position)
                        .put(entry.name).put(entry.centralExtra);
                central.writeBytes(record.array());
                position += local.capacity() + entry.data.length + entry.descriptor.length;
            }
            long count = countOverride != null ? countOverride : entries.size();
            out.write(central.toByteArray());
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(central.size()).putInt((int) position).putShort((short) 0).array());
            out.write(trailing);
        }
        return file;
    }

    /** A ZIP64 extra field ({@code 0x0001}) holding {@code values}, 8 bytes each, with a declared length. */
    static byte[] zip64Extra(int declaredLength, long... values) {
        ByteBuffer extra = le(4 + values.length * 8).putShort((short) 1).putShort((short) declaredLength);
        for (long value : values) {
            extra.putLong(value);
        }
        return extra.array();
    }

    /** A data descriptor with its signature and 4-byte sizes. */
    static byte[] descriptor(long crc, long compressed, long size) {
        return le(16).putInt(0x08074b50).putInt((int) crc).putInt((int) compressed).putInt((int) size).array();
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
