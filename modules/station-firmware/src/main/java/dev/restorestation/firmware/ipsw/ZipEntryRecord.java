package dev.restorestation.firmware.ipsw;

/**
 * One file inside an IPSW as its central directory describes it.
 *
 * @param headerOffset where the entry's local header starts in the file
 * @param dataOffset   where the entry's (possibly compressed) bytes start in the file
 */
public record ZipEntryRecord(String name, int method, long crc32, long compressedSize, long size, long headerOffset,
                             long dataOffset) {

    public static final int STORED = 0;
    public static final int DEFLATED = 8;

    public boolean stored() {
        return method == STORED;
    }

    public long dataEnd() {
        return dataOffset + compressedSize;
    }
}
