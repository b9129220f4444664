package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.BuildManifest;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * The checks that need an entry's content rather than its raw bytes: CRC-32 of compressed
 * entries, and the manifest digest of every component that is a plain IM4P.
 */
final class EntryContents {

    private static final byte[] IM4P = {0x16, 0x04, 'I', 'M', '4', 'P'};

    private EntryContents() {
    }

    static void checkCompressed(FileChannel file, ZipDirectory directory) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (ZipEntryRecord entry : directory.entries()) {
            if (entry.stored()) {
                continue;
            }
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = EntryStream.open(file, entry)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, read);
                    size += read;
                }
            } catch (ZipException | EOFException e) {
                throw new InvalidFirmwareException("damaged IPSW: " + entry.name() + " does not inflate: " + e.getMessage());
            }
            if (size != entry.size() || crc.getValue() != entry.crc32()) {
                throw new InvalidFirmwareException(String.format(
                        "damaged IPSW: %s inflates to %d bytes with CRC-32 %08x, the ZIP directory says %d bytes, %08x",
                        entry.name(), size, crc.getValue(), entry.size(), entry.crc32()));
            }
        }
    }

    /** @return how many components were checked against their manifest digest */
    static int checkComponents(FileChannel file, ZipDirectory directory, BuildManifest manifest) throws IOException {
        int checked = 0;
        for (ZipEntryRecord entry : directory.entries()) {
            Set<String> expected = manifest.componentDigests().get(entry.name());
            if (expected == null || !isIm4p(file, entry)) {
                continue;
            }
            boolean sha1 = expected.stream().anyMatch(hex -> hex.length() == 40);
            boolean sha384 = expected.stream().anyMatch(hex -> hex.length() == 96);
            if (!sha1 && !sha384) {
                continue;
            }
            MessageDigest one = FileDigests.digest("SHA-1");
            MessageDigest three = FileDigests.digest("SHA-384");
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = EntryStream.open(file, entry)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    if (sha1) {
                        one.update(buffer, 0, read);
                    }
                    if (sha384) {
                        three.update(buffer, 0, read);
                    }
                }
            }
            String actual1 = HexFormat.of().formatHex(one.digest());
            String actual384 = HexFormat.of().formatHex(three.digest());
            if (!expected.contains(actual1) && !expected.contains(actual384)) {
                throw new InvalidFirmwareException("damaged IPSW: " + entry.name()
                        + " does not match its BuildManifest digest");
            }
            checked++;
        }
        return checked;
    }

    /** A plain IM4P starts with a DER sequence whose first element is the string "IM4P". */
    static boolean isIm4p(FileChannel file, ZipEntryRecord entry) throws IOException {
        if (entry.size() < 16) {
            return false;
        }
        byte[] head = new byte[16];
        try (InputStream in = EntryStream.open(file, entry)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        } catch (ZipException e) {
            return false;
        }
        if (head[0] != 0x30) {
            return false;
        }
        int lengthBytes = (head[1] & 0x80) == 0 ? 0 : head[1] & 0x7F;
        int at = 2 + lengthBytes;
        if (lengthBytes > 4) {
            return false;
        }
        for (int i = 0; i < IM4P.length; i++) {
            if (head[at + i] != IM4P[i]) {
                return false;
            }
        }
        return true;
    }
}
