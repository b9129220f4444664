package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWindowsTest {

    @TempDir
    Path dir;

    @Test
    void everyByteIsSeenOnceInOrderAcrossWindows() throws IOException {
        Path file = fileOf(FileWindows.WINDOW * 2L + 12_345);
        CRC32 seen = new CRC32();
        List<Long> positions = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            FileWindows.walk(channel, channel.size(), (position, window) -> {
                positions.add(position);
                seen.update(window);
            }, () -> false);
        }
        assertThat(positions).containsExactly(0L, (long) FileWindows.WINDOW, 2L * FileWindows.WINDOW);
        assertThat(seen.getValue()).isEqualTo(crcOf(file));
    }

    @Test
    void aFileCutShortWhileItIsReadIsATruncatedIpsw() throws IOException {
        Path file = fileOf(FileWindows.WINDOW * 3L);
        try (FileChannel channel = FileChannel.open(file); RandomAccessFile writer = new RandomAccessFile(file.toFile(), "rw")) {
            assertThatThrownBy(() -> FileWindows.walk(channel, channel.size(), (position, window) -> truncate(writer),
                    () -> false))
                    .isInstanceOf(InvalidFirmwareException.class)
                    .hasMessage("truncated IPSW: the file shrank while it was being verified");
        }
    }

    @Test
    void eachWalkHasItsOwnBufferSoTwoThreadsCanReadOneChannel() throws Exception {
        Path file = fileOf(FileWindows.WINDOW * 5L + 77);
        try (FileChannel channel = FileChannel.open(file)) {
            CRC32 first = new CRC32();
            Thread other = new Thread(() -> {
                try {
                    FileWindows.walk(channel, channel.size(), (position, window) -> first.update(window), () -> false);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            CRC32 second = new CRC32();
            FileWindows.walk(channel, channel.size(), (position, window) -> second.update(window), () -> false);
            other.join();
            assertThat(first.getValue()).isEqualTo(second.getValue()).isEqualTo(crcOf(file));
        }
    }

    @Test
    void aFileShorterThanPromisedIsATruncatedIpsw() throws IOException {
        Path file = fileOf(1000);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThatThrownBy(() -> FileWindows.walk(channel, 5000, (position, window) -> { }, () -> false))
                    .isInstanceOf(InvalidFirmwareException.class)
                    .hasMessageStartingWith("truncated IPSW");
        }
    }

    @Test
    void stopsBetweenWindowsWhenAsked() throws IOException {
        Path file = fileOf(FileWindows.WINDOW * 3L);
        List<Long> positions = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            FileWindows.walk(channel, channel.size(), (position, window) -> positions.add(position),
                    () -> !positions.isEmpty());
        }
        assertThat(positions).containsExactly(0L);
    }

    private static void truncate(RandomAccessFile writer) {
        try {
            writer.setLength(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 expected = new CRC32();
        expected.update(Files.readAllBytes(file));
        return expected.getValue();
    }

    private Path fileOf(long size) throws IOException {
        Path file = dir.resolve("data.bin");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 31 + 7);
            }
            for (long written = 0; written < size; written += block.length) {
                raw.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return file;
    }
}
