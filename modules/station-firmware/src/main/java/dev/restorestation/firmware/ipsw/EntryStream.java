package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.InvalidFirmwareException;
import dev.restorestation.firmware.Printable;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The content of one ZIP entry, inflated when it is compressed, read from the file at its offset.
 * Inflation stops one byte past the size the directory declares, so a bomb costs no more than an
 * honest entry; damaged deflate data, or bytes left after the deflate stream ends, end in a
 * one-line {@link InvalidFirmwareException}.
 */
final class EntryStream {

    private EntryStream() {
    }

    static InputStream open(FileChannel file, ZipEntryRecord entry) {
        InputStream raw = new BufferedInputStream(new RangeStream(file, entry.dataOffset(), entry.compressedSize()), 1 << 16);
        if (entry.stored()) {
            return raw;
        }
        return new Inflated(raw, entry);
    }

    private static final class Inflated extends InflaterInputStream {
        private final ZipEntryRecord entry;
        private long produced;

        Inflated(InputStream raw, ZipEntryRecord entry) {
            super(raw, new Inflater(true), 1 << 16);
            this.entry = entry;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long room = entry.size() - produced;
            int read;
            try {
                read = super.read(buffer, offset, (int) Math.min(length, Math.max(room, 0) + 1));
            } catch (ZipException e) {
                throw new InvalidFirmwareException("damaged IPSW: " + Printable.name(entry.name())
                        + " does not inflate: " + e.getMessage());
            } catch (EOFException e) {
                throw new InvalidFirmwareException("damaged IPSW: the compressed data of "
                        + Printable.name(entry.name()) + " ends early");
            }
            if (read < 0 && inf.getBytesRead() < entry.compressedSize()) {
                throw new InvalidFirmwareException("damaged IPSW: entry " + Printable.name(entry.name()) + " has "
                        + (entry.compressedSize() - inf.getBytesRead()) + " bytes after its compressed data");
            }
            if (read > 0) {
                produced += read;
                if (produced > entry.size()) {
                    throw new InvalidFirmwareException("damaged IPSW: " + Printable.name(entry.name())
                            + " inflates to more than the " + entry.size() + " bytes the ZIP directory declares");
                }
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            super.close();
            inf.end();
        }
    }

    private static final class RangeStream extends InputStream {
        private final FileChannel file;
        private long position;
        private long remaining;

        RangeStream(FileChannel file, long position, long length) {
            this.file = file;
            this.position = position;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int wanted = (int) Math.min(length, remaining);
            int read = file.read(ByteBuffer.wrap(buffer, offset, wanted), position);
            if (read < 0) {
                return -1;
            }
            position += read;
            remaining -= read;
            return read;
        }
    }
}
