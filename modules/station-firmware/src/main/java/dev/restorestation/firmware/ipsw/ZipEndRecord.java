package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where a ZIP file's central directory lies and how many entries it holds, from the
 * end-of-central-directory record and, when present, the ZIP64 records before it. The 16-bit
 * fields of the plain record must agree with the ZIP64 ones unless they are saturated.
 *
 * @param directoryEnd where the central directory must end: at the ZIP64 end record or the plain one
 */
record ZipEndRecord(long entryCount, long directoryOffset, long directorySize, long directoryEnd) {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int LOCAL = 0x04034b50;
    private static final int EOCD_SIZE = 22;
    private static final int LOCATOR_SIZE = 20;
    private static final int ZIP64_EOCD_SIZE = 56;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long MASK16 = 0xFFFF;
    private static final long MASK32 = 0xFFFFFFFFL;

    static ZipEndRecord read(FileChannel file) throws IOException {
        long size = file.size();
        if (size < EOCD_SIZE) {
            throw new InvalidFirmwareException(wording("failure.tooSmall", String.valueOf(size)));
        }
        int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
        long tailStart = size - tailLength;
        ByteBuffer tail = ZipDirectory.readAt(file, tailStart, tailLength);
        int eocd = findEndRecord(tail, tailStart, true);
        if (eocd < 0) {
            int early = findEndRecord(tail, tailStart, false);
            if (early >= 0) {
                long after = tailLength - (early + EOCD_SIZE + (tail.getShort(early + 20) & 0xFFFF));
                throw new InvalidFirmwareException("damaged IPSW: " + after + " bytes follow the ZIP end record");
            }
            throw new InvalidFirmwareException(ZipDirectory.readAt(file, 0, 4).getInt(0) == LOCAL
                    ? wording("failure.endRecordMissing")
                    : wording("failure.notZip"));
        }
        long eocdPosition = tailStart + eocd;
        if (tail.getShort(eocd + 4) != 0 || tail.getShort(eocd + 6) != 0) {
            throw new InvalidFirmwareException("not an IPSW: a ZIP file split over several disks");
        }
        long count = tail.getShort(eocd + 10) & MASK16;
        long countOnDisk = tail.getShort(eocd + 8) & MASK16;
        long directorySize = tail.getInt(eocd + 12) & MASK32;
        long directoryOffset = tail.getInt(eocd + 16) & MASK32;
        if (countOnDisk != count) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP end record counts " + count + " entries, "
                    + countOnDisk + " of them on this disk");
        }
        boolean saturated = count == MASK16 || directorySize == MASK32 || directoryOffset == MASK32;
        boolean hasLocator = eocdPosition >= LOCATOR_SIZE
                && ZipDirectory.readAt(file, eocdPosition - LOCATOR_SIZE, 4).getInt(0) == ZIP64_LOCATOR;
        if (!hasLocator) {
            if (saturated) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP64 locator missing");
            }
            return checked(new ZipEndRecord(count, directoryOffset, directorySize, eocdPosition));
        }
        ZipEndRecord zip64 = zip64(file, eocdPosition - LOCATOR_SIZE);
        if (count != MASK16 && count != zip64.entryCount()
                || directorySize != MASK32 && directorySize != zip64.directorySize()
                || directoryOffset != MASK32 && directoryOffset != zip64.directoryOffset()) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP end record and the ZIP64 end record disagree");
        }
        return checked(zip64);
    }

    private static ZipEndRecord zip64(FileChannel file, long locatorPosition) throws IOException {
        ByteBuffer locator = ZipDirectory.readAt(file, locatorPosition, LOCATOR_SIZE);
        long position = locator.getLong(8);
        if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
            throw new InvalidFirmwareException("not an IPSW: a ZIP file split over several disks");
        }
        if (position < 0 || position > locatorPosition - ZIP64_EOCD_SIZE) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP64 locator points outside the file");
        }
        ByteBuffer record = ZipDirectory.readAt(file, position, ZIP64_EOCD_SIZE);
        if (record.getInt(0) != ZIP64_EOCD) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP64 end record missing");
        }
        long recordEnd = position + 12 + record.getLong(4);
        if (record.getLong(4) < ZIP64_EOCD_SIZE - 12 || recordEnd != locatorPosition) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP64 end record does not reach its locator");
        }
        if (record.getInt(16) != 0 || record.getInt(20) != 0 || record.getLong(24) != record.getLong(32)) {
            throw new InvalidFirmwareException("not an IPSW: a ZIP file split over several disks");
        }
        return new ZipEndRecord(record.getLong(32), record.getLong(48), record.getLong(40), position);
    }

    private static ZipEndRecord checked(ZipEndRecord end) {
        if (end.entryCount() < 0 || end.directoryOffset() < 0 || end.directorySize() < 0
                || end.directorySize() > end.directoryEnd() - end.directoryOffset()) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP central directory lies outside the file");
        }
        if (end.directoryOffset() + end.directorySize() != end.directoryEnd()) {
            throw new InvalidFirmwareException("damaged IPSW: "
                    + (end.directoryEnd() - end.directoryOffset() - end.directorySize())
                    + " bytes lie between the ZIP central directory and its end record");
        }
        return end;
    }

    /**
     * Whether the end record at {@code at} follows its own central directory (or a ZIP64 locator),
     * which tells it from the end record of a ZIP stored inside the IPSW, such as a baseband's,
     * when a download stopped right after it.
     */
    private static boolean endsItsDirectory(ByteBuffer tail, int at, long tailStart) {
        long size = tail.getInt(at + 12) & MASK32;
        long offset = tail.getInt(at + 16) & MASK32;
        return offset + size == tailStart + at
                || at >= LOCATOR_SIZE && tail.getInt(at - LOCATOR_SIZE) == ZIP64_LOCATOR;
    }

    /**
     * The last end record in {@code tail} that ends its own central directory: one whose comment
     * runs exactly to the end of the file, or, when {@code exact} is false, any whose comment fits
     * (a file with bytes after its end).
     */
    private static int findEndRecord(ByteBuffer tail, long tailStart, boolean exact) {
        for (int at = tail.limit() - EOCD_SIZE; at >= 0; at--) {
            if (tail.getInt(at) != EOCD) {
                continue;
            }
            int end = at + EOCD_SIZE + (tail.getShort(at + 20) & 0xFFFF);
            if ((exact ? end == tail.limit() : end <= tail.limit()) && endsItsDirectory(tail, at, tailStart)) {
                return at;
            }
        }
        return -1;
    }
}
