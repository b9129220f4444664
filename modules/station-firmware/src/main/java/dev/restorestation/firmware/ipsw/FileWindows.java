package dev.restorestation.firmware.ipsw;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.BooleanSupplier;

/**
 * Walks a file through one small direct buffer, read by read. Each walk has its own buffer and
 * reads at its own positions, so two threads can hash one file side by side. Reading beats
 * mapping here: on a virtual machine every page of a mapping is a fault, and faulting 2 GiB in
 * cost five times a read of it.
 */
final class FileWindows {

    /** Sees every window of the file in order. */
    interface WindowConsumer {
        void accept(long position, ByteBuffer window);
    }

    static final int WINDOW = 1 << 20;

    private FileWindows() {
    }

    /** Feeds {@code [0, size)} to the consumer, window by window, until done or {@code stop} says so. */
    static void walk(FileChannel channel, long size, WindowConsumer consumer, BooleanSupplier stop) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(WINDOW);
        for (long position = 0; position < size && !stop.getAsBoolean(); position += WINDOW) {
            buffer.clear().limit((int) Math.min(WINDOW, size - position));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new InvalidFirmwareException(wording("failure.shrank"));
                }
            }
            consumer.accept(position, buffer.flip());
        }
    }
}
