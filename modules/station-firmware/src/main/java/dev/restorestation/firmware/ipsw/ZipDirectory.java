package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The central directory of a ZIP or ZIP64 file, read from its end as a whole: every record from
 * its start to its end, which must hold as many entries as the end record counts, so the station
 * sees the same entries as libzip (which idevicerestore reads IPSWs with). Names must be safe and
 * unique, also once case and Unicode normalisation are set aside (as a Mac or Windows disk unpacks
 * them), entries regular files, and each local header must agree. Entries come back in file order.
 */
public record ZipDirectory(long fileSize, List<ZipEntryRecord> entries) {

    /** Far more than an IPSW's few thousand entries need, and little enough to hold in memory. */
    private static final long MAX_DIRECTORY = 64L << 20;

    public ZipDirectory {
        entries = List.copyOf(entries);
    }

    public Optional<ZipEntryRecord> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    public static ZipDirectory read(FileChannel file) throws IOException {
        ZipEndRecord end = ZipEndRecord.read(file);
        if (end.directorySize() > MAX_DIRECTORY) {
            throw new InvalidFirmwareException("not an IPSW: its ZIP central directory is "
                    + SizeText.bytes(end.directorySize()) + ", more than any IPSW's");
        }
        ByteBuffer directory = readAt(file, end.directoryOffset(), (int) end.directorySize());
        List<ZipEntryRecord> entries = new ArrayList<>();
        Map<String, ZipEntryRecord> byFoldedName = new HashMap<>();
        while (directory.hasRemaining()) {
            ZipEntryRecord entry = CentralRecord.next(file, directory, end.directoryOffset());
            ZipEntryRecord same = byFoldedName.putIfAbsent(folded(entry.name()), entry);
            if (same != null && same.name().equals(entry.name())) {
                throw new InvalidFirmwareException("not an IPSW: the ZIP file holds " + Printable.name(entry.name())
                        + " twice");
            }
            if (same != null) {
                throw new InvalidFirmwareException("not an IPSW: the ZIP entries " + shown(same.name(), entry.name())
                        + " and " + shown(entry.name(), same.name()) + " differ only in case or Unicode normalisation");
            }
            entries.add(entry);
        }
        if (entries.size() != end.entryCount()) {
            throw new InvalidFirmwareException("damaged IPSW: the ZIP end record counts " + end.entryCount()
                    + " entries, its central directory holds " + entries.size());
        }
        entries.sort(Comparator.comparingLong(ZipEntryRecord::headerOffset));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).headerOffset() < entries.get(i - 1).dataEnd()) {
                throw new InvalidFirmwareException("damaged IPSW: ZIP entries " + Printable.name(entries.get(i - 1).name())
                        + " and " + Printable.name(entries.get(i).name()) + " overlap");
            }
        }
        return new ZipDirectory(file.size(), entries);
    }

    /** The name as a case-insensitive, Unicode-normalising file system sees it. */
    private static String folded(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return Normalizer.normalize(nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** The name as messages show it; with non-ASCII characters as escapes when it looks like the other. */
    private static String shown(String name, String other) {
        if (!Normalizer.normalize(name, Normalizer.Form.NFC).equals(Normalizer.normalize(other, Normalizer.Form.NFC))) {
            return Printable.name(name);
        }
        StringBuilder ascii = new StringBuilder();
        name.chars().forEach(c -> ascii.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return Printable.name(ascii.toString());
    }

    static ByteBuffer readAt(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new InvalidFirmwareException(wording("failure.endsAt", String.valueOf(file.size())));
            }
        }
        return buffer.flip();
    }
}
