package dev.restorestation.firmware.ipsw;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * One record of a ZIP central directory, with its extra fields, its file type and its local
 * header, refused unless every part agrees with every other and with the bounds of the file.
 */
final class CentralRecord {

    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int HEADER = 46;
    private static final int LOCAL_HEADER = 30;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final long MASK32 = 0xFFFFFFFFL;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int SYMLINK = 0120000;
    /** Deflate's best ratio is 1032:1; a size beyond that is a lie. */
    private static final long MAX_RATIO = 1032;

    private CentralRecord() {
    }

    /** The record at the directory's position; leaves the position after it. */
    static ZipEntryRecord next(FileChannel file, ByteBuffer directory, long directoryOffset) throws IOException {
        int at = directory.position();
        if (directory.remaining() < HEADER || directory.getInt(at) != CENTRAL) {
            throw new InvalidFirmwareException("damaged IPSW: bad ZIP central directory entry at offset "
                    + (directoryOffset + at));
        }
        int host = (directory.getShort(at + 4) & 0xFFFF) >>> 8;
        int flags = directory.getShort(at + 8) & 0xFFFF;
        int method = directory.getShort(at + 10) & 0xFFFF;
        long crc = directory.getInt(at + 16) & MASK32;
        long compressed = directory.getInt(at + 20) & MASK32;
        long size = directory.getInt(at + 24) & MASK32;
        int nameLength = directory.getShort(at + 28) & 0xFFFF;
        int extraLength = directory.getShort(at + 30) & 0xFFFF;
        int commentLength = directory.getShort(at + 32) & 0xFFFF;
        int mode = directory.getInt(at + 38) >>> 16;
        long headerOffset = directory.getInt(at + 42) & MASK32;
        if (directory.remaining() < HEADER + nameLength + extraLength + commentLength) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP central directory entry runs past its end");
        }
        byte[] rawName = new byte[nameLength];
        directory.get(at + HEADER, rawName);
        String name = EntryName.check(rawName);
        String shown = Printable.name(name);
        long[] wide = zip64(directory, at + HEADER + nameLength, extraLength, shown,
                size == MASK32, compressed == MASK32, headerOffset == MASK32);
        size = size == MASK32 ? wide[0] : size;
        compressed = compressed == MASK32 ? wide[1] : compressed;
        headerOffset = headerOffset == MASK32 ? wide[2] : headerOffset;
        directory.position(at + HEADER + nameLength + extraLength + commentLength);

        if ((flags & 0x41) != 0) {
            throw new InvalidFirmwareException("not an IPSW: ZIP entry " + shown + " is encrypted");
        }
        if (host == UNIX && (mode & TYPE_MASK) == SYMLINK) {
            throw new InvalidFirmwareException("not an IPSW: ZIP entry " + shown + " is a symbolic link");
        }
        boolean folder = name.endsWith("/");
        if (host == UNIX && (mode & TYPE_MASK) != 0 && (mode & TYPE_MASK) != (folder ? DIRECTORY : REGULAR)) {
            throw new InvalidFirmwareException(String.format("not an IPSW: ZIP entry %s is a special file (mode 0%o)",
                    shown, mode));
        }
        if (method != ZipEntryRecord.STORED && method != ZipEntryRecord.DEFLATED) {
            throw new InvalidFirmwareException("not an IPSW: ZIP entry " + shown + " uses compression method " + method);
        }
        if (method == ZipEntryRecord.STORED && size != compressed) {
            throw new InvalidFirmwareException("damaged IPSW: stored entry " + shown + " has two sizes");
        }
        if (method == ZipEntryRecord.DEFLATED && size / MAX_RATIO > compressed) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " claims " + SizeText.bytes(size)
                    + ", more than its " + compressed + " compressed bytes can hold");
        }
        if (folder && size != 0) {
            throw new InvalidFirmwareException("not an IPSW: ZIP folder entry " + shown + " has content");
        }
        ZipEntryRecord entry = new ZipEntryRecord(name, method, crc, compressed, size, headerOffset,
                local(file, headerOffset, rawName, method, shown, directoryOffset));
        if (compressed < 0 || compressed > directoryOffset - entry.dataOffset()) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " runs past the end of the data");
        }
        LocalSizes.check(file, entry, directoryOffset);
        return entry;
    }

    /** Size, compressed size and header offset from the ZIP64 extra field, each only where asked. */
    private static long[] zip64(ByteBuffer directory, int start, int length, String shown,
                                boolean needSize, boolean needCompressed, boolean needOffset) {
        long[] values = new long[3];
        boolean[] needed = {needSize, needCompressed, needOffset};
        boolean found = false;
        int end = start + length;
        for (int field = start; field < end; ) {
            if (field + 4 > end || field + 4 + (directory.getShort(field + 2) & 0xFFFF) > end) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " has a malformed extra field");
            }
            int id = directory.getShort(field) & 0xFFFF;
            int fieldLength = directory.getShort(field + 2) & 0xFFFF;
            if (id == ZIP64_EXTRA && !found) {
                found = true;
                int value = field + 4;
                for (int i = 0; i < needed.length; i++) {
                    if (!needed[i]) {
                        continue;
                    }
                    if (value + 8 > field + 4 + fieldLength) {
                        throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown
                                + " has a short ZIP64 extra field");
                    }
                    values[i] = directory.getLong(value);
                    value += 8;
                }
            }
            field += 4 + fieldLength;
        }
        if (!found && (needSize || needCompressed || needOffset)) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " lacks its ZIP64 extra field");
        }
        return values;
    }

    /** Checks the local header against the central record; returns where the entry's data starts. */
    private static long local(FileChannel file, long headerOffset, byte[] rawName, int method, String shown,
                              long directoryOffset) throws IOException {
        if (headerOffset < 0 || headerOffset > directoryOffset - LOCAL_HEADER - rawName.length) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " starts outside the file");
        }
        ByteBuffer local = ZipDirectory.readAt(file, headerOffset, LOCAL_HEADER + rawName.length);
        if (local.getInt(0) != LOCAL) {
            throw new InvalidFirmwareException("damaged IPSW: ZIP entry " + shown + " has no local header");
        }
        byte[] localName = new byte[Math.min(local.getShort(26) & 0xFFFF, rawName.length)];
        local.get(LOCAL_HEADER, localName);
        if ((local.getShort(26) & 0xFFFF) != rawName.length || !Arrays.equals(localName, rawName)) {
            throw new InvalidFirmwareException("not an IPSW: the local header of ZIP entry " + shown
                    + " names another file");
        }
        if ((local.getShort(8) & 0xFFFF) != method) {
            throw new InvalidFirmwareException("damaged IPSW: the local header of ZIP entry " + shown
                    + " gives another compression method");
        }
        return headerOffset + LOCAL_HEADER + rawName.length + (local.getShort(28) & 0xFFFF);
    }
}
