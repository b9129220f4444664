package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.firmware.InvalidFirmwareException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedWindowsTest {

    @TempDir
    Path dir;

    @Test
    void everyByteIsSeenOnceInOrderAcrossWindows() throws IOException {
        Path file = fileOf(MappedWindows.WINDOW * 2 + 12_345);
        CRC32 expected = new CRC32();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
            byte[] all = new byte[(int) raw.length()];
            raw.readFully(all);
            expected.update(all);
        }
        CRC32 seen = new CRC32();
        List<Long> positions = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            MappedWindows.walk(channel, channel.size(), (position, window) -> {
                positions.add(position);
                seen.update(window);
            }, () -> false);
        }
        assertThat(positions).containsExactly(0L, MappedWindows.WINDOW, 2 * MappedWindows.WINDOW);
        assertThat(seen.getValue()).isEqualTo(expected.getValue());
    }

    @Test
    void aFileCutShortUnderTheMappingIsATruncatedIpswNotACrash() throws IOException {
        Path file = fileOf(MappedWindows.WINDOW * 2);
        try (FileChannel channel = FileChannel.open(file); RandomAccessFile writer = new RandomAccessFile(file.toFile(), "rw")) {
            assertThatThrownBy(() -> MappedWindows.walk(channel, channel.size(), (position, window) -> {
                truncate(writer);
                window.get(window.limit() - 1);
            }, () -> false))
                    .isInstanceOf(InvalidFirmwareException.class)
                    .hasMessage("truncated IPSW: the file shrank while it was being verified");
        }
    }

    @Test
    void aFileShorterThanPromisedIsATruncatedIpsw() throws IOException {
        Path file = fileOf(1000);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThatThrownBy(() -> MappedWindows.walk(channel, 5000, (position, window) -> { }, () -> false))
                    .isInstanceOf(InvalidFirmwareException.class)
                    .hasMessageStartingWith("truncated IPSW");
        }
    }

    @Test
    void stopsBetweenWindowsWhenAsked() throws IOException {
        Path file = fileOf(MappedWindows.WINDOW * 3);
        List<Long> positions = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            MappedWindows.walk(channel, channel.size(), (position, window) -> positions.add(position),
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
