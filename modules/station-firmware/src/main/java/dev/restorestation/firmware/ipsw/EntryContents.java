package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.BuildManifest;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * The checks that need an entry's content rather than its raw bytes: CRC-32 of compressed
 * entries, and that every component the manifest names is in the ZIP with the digest it gives.
 */
final class EntryContents {

    private static final byte[] IM4P = {0x16, 0x04, 'I', 'M', '4', 'P'};
    private static final byte[] FTAB = "rkosftab".getBytes(StandardCharsets.US_ASCII);
    private static final int FTAB_AT = 0x20;

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
            }
            if (size != entry.size() || crc.getValue() != entry.crc32()) {
                throw new InvalidFirmwareException(String.format(
                        "damaged IPSW: %s inflates to %d bytes with CRC-32 %08x, the ZIP directory says %d bytes, %08x",
                        Printable.name(entry.name()), size, crc.getValue(), entry.size(), entry.crc32()));
            }
        }
    }

    /** Every path the manifest names must be in the ZIP: a cheap check, made before the long ones. */
    static void requireComponents(ZipDirectory directory, BuildManifest manifest) {
        Set<String> names = directory.entries().stream().map(ZipEntryRecord::name).collect(Collectors.toSet());
        manifest.componentDigests().keySet().stream().sorted()
                .filter(path -> !names.contains(path))
                .findFirst().ifPresent(path -> {
                    throw new InvalidFirmwareException("not an IPSW: its BuildManifest names " + Printable.name(path)
                            + ", which the ZIP file lacks");
                });
    }

    /**
     * A component with a SHA-1 or SHA-384 digest must hash to it, whatever its content, except the
     * formats whose digest Apple takes over a part rather than the whole file: disk images (raw or
     * AEA-encrypted) and ftab containers. 32-byte digests (baseband, Savage, Yonkers…) cover
     * extracted parts too and are not checked.
     *
     * @return how many components were checked against their manifest digest
     */
    static int checkComponents(FileChannel file, ZipDirectory directory, BuildManifest manifest) throws IOException {
        int checked = 0;
        for (ZipEntryRecord entry : directory.entries()) {
            Set<String> expected = manifest.componentDigests().getOrDefault(entry.name(), Set.of());
            boolean sha1 = expected.stream().anyMatch(hex -> hex.length() == 40);
            boolean sha384 = expected.stream().anyMatch(hex -> hex.length() == 96);
            if (!sha1 && !sha384) {
                continue;
            }
            byte[] head = head(file, entry);
            boolean im4p = isIm4p(head);
            if (!im4p && (isDiskImage(entry.name()) || startsAt(head, FTAB_AT, FTAB))) {
                continue;
            }
            boolean matches = sha1 && expected.contains(hash(file, entry, "SHA-1"))
                    || sha384 && expected.contains(hash(file, entry, "SHA-384"));
            if (!matches) {
                throw new InvalidFirmwareException("damaged IPSW: " + Printable.name(entry.name())
                        + (im4p ? "" : " is not an IM4P and") + " does not match its BuildManifest digest");
            }
            checked++;
        }
        return checked;
    }

    private static String hash(FileChannel file, ZipEntryRecord entry, String algorithm) throws IOException {
        MessageDigest digest = FileDigests.digest(algorithm);
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = EntryStream.open(file, entry)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] head(FileChannel file, ZipEntryRecord entry) throws IOException {
        try (InputStream in = EntryStream.open(file, entry)) {
            return in.readNBytes(FTAB_AT + FTAB.length);
        }
    }

    private static boolean isDiskImage(String name) {
        return name.endsWith(".dmg") || name.endsWith(".dmg.aea");
    }

    /** A plain IM4P starts with a DER sequence whose first element is the string "IM4P". */
    static boolean isIm4p(byte[] head) {
        if (head.length < 16 || head[0] != 0x30) {
            return false;
        }
        int lengthBytes = (head[1] & 0x80) == 0 ? 0 : head[1] & 0x7F;
        return lengthBytes <= 4 && startsAt(head, 2 + lengthBytes, IM4P);
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] expected) {
        return bytes.length >= at + expected.length
                && Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length);
    }
}
