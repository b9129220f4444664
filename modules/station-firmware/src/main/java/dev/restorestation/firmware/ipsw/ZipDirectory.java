package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The central directory of a ZIP or ZIP64 file, read from its end: the end-of-central-directory
 * record (absent in a truncated download), the ZIP64 records when the file is over 4 GB, every
 * entry and its local header. Entries come back in file order.
 */
public record ZipDirectory(long fileSize, List<ZipEntryRecord> entries) {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long MASK32 = 0xFFFFFFFFL;

    public ZipDirectory {
        entries = List.copyOf(entries);
    }

    public Optional<ZipEntryRecord> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    public static ZipDirectory read(FileChannel file) throws IOException {
        long size = file.size();
        if (size < EOCD_SIZE) {
            throw new InvalidFirmwareException("not an IPSW: " + size + " bytes is too small to be a ZIP file");
        }
        int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
        ByteBuffer tail = readAt(file, size - tailLength, tailLength);
        int eocd = findEndRecord(tail);
        if (eocd < 0) {
            throw new InvalidFirmwareException(readAt(file, 0, 4).getInt(0) == LOCAL
                    ? "truncated IPSW: the ZIP end-of-central-directory record is missing"
                    : "not an IPSW: not a ZIP file");
        }
        long eocdPosition = size - tailLength + eocd;
        long entryCount = tail.getShort(eocd + 10) & 0xFFFF;
        long directorySize = tail.getInt(eocd + 12) & MASK32;
        long directoryOffset = tail.getInt(eocd + 16) & MASK32;
        long directoryEnd = eocdPosition;
        if (entryCount == 0xFFFF || directorySize == MASK32 || directoryOffset == MASK32) {
            if (eocdPosition < 20) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP64 locator missing");
            }
            ByteBuffer locator = readAt(file, eocdPosition - 20, 20);
            if (locator.getInt(0) != ZIP64_LOCATOR) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP64 locator missing");
            }
            long zip64Position = locator.getLong(8);
            if (zip64Position < 0 || zip64Position + 56 > eocdPosition - 20) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP64 end record out of range");
            }
            ByteBuffer zip64 = readAt(file, zip64Position, 56);
            if (zip64.getInt(0) != ZIP64_EOCD) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP64 end record missing");
            }
            entryCount = zip64.getLong(32);
            directorySize = zip64.getLong(40);
            directoryOffset = zip64.getLong(48);
            directoryEnd = zip64Position;
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > directoryEnd
                || directorySize > Integer.MAX_VALUE) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP central directory lies outside the file");
        }
        ByteBuffer directory = readAt(file, directoryOffset, (int) directorySize);
        List<ZipEntryRecord> entries = new ArrayList<>();
        for (long i = 0; i < entryCount; i++) {
            entries.add(centralEntry(file, directory, directoryOffset));
        }
        entries.sort(Comparator.comparingLong(ZipEntryRecord::dataOffset));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).dataOffset() < entries.get(i - 1).dataEnd()) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP entries " + entries.get(i - 1).name()
                        + " and " + entries.get(i).name() + " overlap");
            }
        }
        return new ZipDirectory(size, entries);
    }

    private static ZipEntryRecord centralEntry(FileChannel file, ByteBuffer directory, long directoryOffset)
            throws IOException {
        if (directory.remaining() < 46 || directory.getInt(directory.position()) != CENTRAL) {
            throw new InvalidFirmwareException("damaged IPSW: bad ZIP central directory entry at offset "
                    + (directoryOffset + directory.position()));
        }
        int at = directory.position();
        int flags = directory.getShort(at + 8) & 0xFFFF;
        int method = directory.getShort(at + 10) & 0xFFFF;
        long crc = directory.getInt(at + 16) & MASK32;
        long compressed = directory.getInt(at + 20) & MASK32;
        long size = directory.getInt(at + 24) & MASK32;
        int nameLength = directory.getShort(at + 28) & 0xFFFF;
        int extraLength = directory.getShort(at + 30) & 0xFFFF;
        int commentLength = directory.getShort(at + 32) & 0xFFFF;
        long localOffset = directory.getInt(at + 42) & MASK32;
        if (directory.remaining() < 46 + nameLength + extraLength + commentLength) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP central directory entry runs past its end");
        }
        String name = text(directory, at + 46, nameLength);
        int extra = at + 46 + nameLength;
        for (int field = extra; field + 4 <= extra + extraLength; ) {
            int id = directory.getShort(field) & 0xFFFF;
            int length = directory.getShort(field + 2) & 0xFFFF;
            if (id == 0x0001) {
                int value = field + 4;
                if (size == MASK32) {
                    size = directory.getLong(value);
                    value += 8;
                }
                if (compressed == MASK32) {
                    compressed = directory.getLong(value);
                    value += 8;
                }
                if (localOffset == MASK32) {
                    localOffset = directory.getLong(value);
                }
            }
            field += 4 + length;
        }
        directory.position(at + 46 + nameLength + extraLength + commentLength);
        if ((flags & 1) != 0) {
            throw new InvalidFirmwareException("not an IPSW: ZIP entry " + name + " is encrypted");
        }
        if (method != ZipEntryRecord.STORED && method != ZipEntryRecord.DEFLATED) {
            throw new InvalidFirmwareException("not an IPSW: ZIP entry " + name + " uses compression method " + method);
        }
        if (localOffset < 0 || localOffset + 30 > directoryOffset) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + name + " starts outside the file");
        }
        ByteBuffer local = readAt(file, localOffset, 30);
        if (local.getInt(0) != LOCAL) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + name + " has no local header");
        }
        long dataOffset = localOffset + 30 + (local.getShort(26) & 0xFFFF) + (local.getShort(28) & 0xFFFF);
        if (compressed < 0 || dataOffset + compressed > directoryOffset) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + name + " runs past the end of the data");
        }
        return new ZipEntryRecord(name, method, crc, compressed, size, dataOffset);
    }

    private static int findEndRecord(ByteBuffer tail) {
        for (int at = tail.limit() - EOCD_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == EOCD && at + EOCD_SIZE + (tail.getShort(at + 20) & 0xFFFF) == tail.limit()) {
                return at;
            }
        }
        return -1;
    }

    private static String text(ByteBuffer buffer, int at, int length) {
        byte[] bytes = new byte[length];
        buffer.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static ByteBuffer readAt(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new InvalidFirmwareException("truncated IPSW: the file ends at " + file.size() + " bytes");
            }
        }
        return buffer.flip();
    }
}
