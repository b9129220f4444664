package dev.restorestation.firmware.ipsw;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** The content of one ZIP entry, inflated when it is compressed, read from the file at its offset. */
final class EntryStream {

    private EntryStream() {
    }

    static InputStream open(FileChannel file, ZipEntryRecord entry) {
        InputStream raw = new BufferedInputStream(new RangeStream(file, entry.dataOffset(), entry.compressedSize()), 1 << 16);
        if (entry.stored()) {
            return raw;
        }
        return new InflaterInputStream(raw, new Inflater(true), 1 << 16) {
            @Override
            public void close() throws IOException {
                super.close();
                inf.end();
            }
        };
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
