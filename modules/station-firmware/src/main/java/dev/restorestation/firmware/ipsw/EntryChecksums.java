package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.text.Wording;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Checks the CRC-32 of every stored (uncompressed) entry: as the file streams past, so a big IPSW
 * is read once for its checksums and its entries together, or from the block CRCs a download took.
 */
final class EntryChecksums implements FileWindows.WindowConsumer {

    private final List<ZipEntryRecord> entries;
    private final CRC32 crc = new CRC32();
    private int next;
    private Wording firstProblem;

    EntryChecksums(List<ZipEntryRecord> storedEntriesInFileOrder) {
        this.entries = storedEntriesInFileOrder;
    }

    @Override
    public void accept(long position, ByteBuffer data) {
        long end = position + data.remaining();
        while (next < entries.size()) {
            ZipEntryRecord entry = entries.get(next);
            if (entry.dataOffset() > end) {
                return;
            }
            long from = Math.max(position, entry.dataOffset());
            long to = Math.min(end, entry.dataEnd());
            if (to > from) {
                crc.update(data.slice((int) (from - position), (int) (to - from)));
            }
            if (entry.dataEnd() > end) {
                return;
            }
            compare(entry, crc.getValue());
            crc.reset();
            next++;
        }
    }

    /** Checks every entry against CRCs put together from {@code blocks}, taken of this file. */
    void check(BlockCrcs blocks, FileChannel file) throws IOException {
        for (ZipEntryRecord entry : entries) {
            long crc = blocks.crcOf(file, entry.dataOffset(), entry.dataEnd());
            compare(entry, crc);
            next++;
        }
        check();
    }

    private void compare(ZipEntryRecord entry, long actual) {
        if (actual != entry.crc32() && firstProblem == null) {
            firstProblem = wording("failure.crc", entry.name(), String.format("%08x", actual),
                    String.format("%08x", entry.crc32()));
        }
    }

    /** Throws when an entry did not match or the stream ended before every entry was seen. */
    void check() {
        if (firstProblem != null) {
            throw new InvalidFirmwareException(firstProblem);
        }
        if (next < entries.size()) {
            throw new InvalidFirmwareException(wording("failure.incomplete", entries.get(next).name()));
        }
    }
}
