package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * The CRC-32 of every 64 KiB block of a file, taken while its bytes stream past (a download). The
 * CRC-32 of any range, a ZIP entry's, is then put together from the blocks it covers, reading from
 * disk only the partial blocks at its two ends: a downloaded IPSW's entries are checked without
 * reading the whole file again.
 */
public final class BlockCrcs implements ChunkFanOut.ChunkConsumer {

    static final int BLOCK = 64 << 10;
    private static final int WHOLE_BLOCK = Crc32Combine.operator(BLOCK);

    private final long size;
    private final int[] crcs;
    private final CRC32 current = new CRC32();
    private long seen;

    /** @param size the file's whole length; the blocks must then arrive from position 0 on, in order */
    public BlockCrcs(long size) {
        this.size = size;
        this.crcs = new int[Math.toIntExact((size + BLOCK - 1) / BLOCK)];
    }

    @Override
    public void accept(long position, byte[] data, int length) {
        if (position != seen || seen + length > size) {
            throw new IllegalStateException("bytes " + position + "+" + length + " out of order after " + seen
                    + " of " + size);
        }
        for (int offset = 0; offset < length; ) {
            int take = (int) Math.min(length - offset, BLOCK - seen % BLOCK);
            current.update(data, offset, take);
            offset += take;
            seen += take;
            if (seen % BLOCK == 0 || seen == size) {
                crcs[(int) ((seen - 1) / BLOCK)] = (int) current.getValue();
                current.reset();
            }
        }
    }

    /** The file length the blocks cover. */
    public long size() {
        return size;
    }

    /** CRC-32 of {@code [from, to)} of the file the blocks were taken from. */
    long crcOf(FileChannel file, long from, long to) throws IOException {
        if (seen != size || from < 0 || to > size || from > to) {
            throw new IllegalStateException("range " + from + "-" + to + " of " + seen + "/" + size + " bytes seen");
        }
        long firstWhole = (from + BLOCK - 1) / BLOCK * BLOCK;
        long endOfWhole = to / BLOCK * BLOCK;
        if (firstWhole >= endOfWhole) {
            return Integer.toUnsignedLong(read(file, from, to));
        }
        int crc = read(file, from, firstWhole);
        for (long block = firstWhole / BLOCK; block < endOfWhole / BLOCK; block++) {
            crc = Crc32Combine.combineWith(crc, crcs[(int) block], WHOLE_BLOCK);
        }
        crc = Crc32Combine.combine(crc, read(file, endOfWhole, to), to - endOfWhole);
        return Integer.toUnsignedLong(crc);
    }

    private static int read(FileChannel file, long from, long to) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) (to - from));
        while (bytes.hasRemaining()) {
            if (file.read(bytes, from + bytes.position()) < 0) {
                throw new InvalidFirmwareException(wording("failure.endsBefore",
                        String.valueOf(from + bytes.position()), String.valueOf(to)));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.flip());
        return (int) crc.getValue();
    }
}
