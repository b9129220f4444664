package dev.restorestation.firmware.ipsw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** A plain ZIP writer: stored or deflated entries, ZIP64 records when asked. */
final class SyntheticZipWriter {

    private final FileChannel out;
    private final boolean zip64;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long position;

    SyntheticZipWriter(FileChannel out, boolean zip64) {
        this.out = out;
        this.zip64 = zip64;
    }

    void write(List<SyntheticIpsw.Entry> entries) throws IOException {
        for (SyntheticIpsw.Entry entry : entries) {
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

    private void writeEntry(SyntheticIpsw.Entry entry) throws IOException {
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
        byte[] block = new byte[1 << 20];
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
