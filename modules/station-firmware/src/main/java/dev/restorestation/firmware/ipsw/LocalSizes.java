package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The CRC-32 and sizes of an entry's local header, held against its central record as libzip's
 * consistency check holds them: they must agree, unless the header leaves them to a data
 * descriptor (flag bit 3, all three zero); then, stricter than libzip, the descriptor after the
 * data must agree too. A local size of 0xFFFFFFFF is a ZIP64 one, taken from the central record.
 */
final class LocalSizes {

    private static final int DESCRIPTOR = 0x08074b50;
    private static final int LOCAL_HEADER = 30;
    private static final int DATA_DESCRIPTOR_FLAG = 0x08;
    private static final long MASK32 = 0xFFFFFFFFL;

    private LocalSizes() {
    }

    static void check(FileChannel file, ZipEntryRecord entry, long directoryOffset) throws IOException {
        ByteBuffer local = ZipDirectory.readAt(file, entry.headerOffset(), LOCAL_HEADER);
        boolean deferred = (local.getShort(6) & DATA_DESCRIPTOR_FLAG) != 0;
        long crc = local.getInt(14) & MASK32;
        long compressed = local.getInt(18) & MASK32;
        long size = local.getInt(22) & MASK32;
        if (deferred && crc == 0 && compressed == 0 && size == 0) {
            descriptor(file, entry, directoryOffset);
        } else if (crc != entry.crc32() || !agrees(compressed, entry.compressedSize()) || !agrees(size, entry.size())) {
            throw new InvalidFirmwareException("damaged IPSW: the local header of ZIP entry " + Printable.name(entry.name())
                    + " gives another CRC-32 or size than the ZIP directory");
        }
    }

    private static boolean agrees(long local, long central) {
        return local == central || local == MASK32;
    }

    /** The descriptor, with or without its signature, with 4- or 8-byte (ZIP64) sizes. */
    private static void descriptor(FileChannel file, ZipEntryRecord entry, long directoryOffset) throws IOException {
        ByteBuffer bytes = ZipDirectory.readAt(file, entry.dataEnd(), (int) Math.min(directoryOffset - entry.dataEnd(), 24));
        int at = bytes.limit() >= 4 && bytes.getInt(0) == DESCRIPTOR ? 4 : 0;
        if (!agrees(bytes, at, 4, entry) && !agrees(bytes, at, 8, entry)) {
            throw new InvalidFirmwareException("damaged IPSW: the data descriptor of ZIP entry "
                    + Printable.name(entry.name()) + " disagrees with the ZIP directory");
        }
    }

    private static boolean agrees(ByteBuffer bytes, int at, int width, ZipEntryRecord entry) {
        if (bytes.limit() < at + 4 + 2 * width) {
            return false;
        }
        long compressed = width == 4 ? bytes.getInt(at + 4) & MASK32 : bytes.getLong(at + 4);
        long size = width == 4 ? bytes.getInt(at + 4 + width) & MASK32 : bytes.getLong(at + 4 + width);
        return (bytes.getInt(at) & MASK32) == entry.crc32() && compressed == entry.compressedSize() && size == entry.size();
    }
}
