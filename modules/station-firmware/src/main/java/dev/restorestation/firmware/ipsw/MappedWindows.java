package dev.restorestation.firmware.ipsw;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.BooleanSupplier;

/**
 * Walks a file through read-only memory-mapped windows. Pages already in the page cache are
 * hashed in place: a {@code read()} into a big heap buffer costs as much here as the hash itself.
 */
final class MappedWindows {

    /** Sees every window of the file in order. */
    interface WindowConsumer {
        void accept(long position, ByteBuffer window);
    }

    static final long WINDOW = 64L << 20;

    private MappedWindows() {
    }

    /** Feeds {@code [0, size)} to the consumer, window by window, until done or {@code stop} says so. */
    static void walk(FileChannel channel, long size, WindowConsumer consumer, BooleanSupplier stop) throws IOException {
        try {
            for (long position = 0; position < size && !stop.getAsBoolean(); position += WINDOW) {
                long length = Math.min(WINDOW, size - position);
                if (channel.size() < position + length) {
                    throw shrank();
                }
                consumer.accept(position, channel.map(FileChannel.MapMode.READ_ONLY, position, length));
            }
        } catch (InternalError e) {
            // the JVM's word for SIGBUS, raised at the access or soon after it in compiled code:
            // the file was cut short under the mapping
            throw shrank();
        }
    }

    private static InvalidFirmwareException shrank() {
        return new InvalidFirmwareException("truncated IPSW: the file shrank while it was being verified");
    }
}
