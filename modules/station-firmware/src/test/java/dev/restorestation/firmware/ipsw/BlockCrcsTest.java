package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockCrcsTest {

    @TempDir
    Path dir;

    /** The block CRCs of a file fed in chunks of {@code chunk} bytes, as a download takes them. */
    static BlockCrcs of(Path file, int chunk) throws IOException {
        BlockCrcs blocks = new BlockCrcs(Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[chunk];
            long position = 0;
            for (int read; (read = in.readNBytes(buffer, 0, chunk)) > 0; position += read) {
                blocks.accept(position, buffer, read);
            }
        }
        return blocks;
    }

    @Test
    void anyRangeHasTheCrcOfItsBytes() throws IOException {
        byte[] data = new byte[BlockCrcs.BLOCK * 7 + 12_345];
        new Random(7).nextBytes(data);
        Path file = Files.write(dir.resolve("data"), data);
        BlockCrcs blocks = of(file, 100_003);
        int block = BlockCrcs.BLOCK;
        long[][] ranges = {
            {0, data.length}, {0, 0}, {5, 17}, {block - 3, block + 3}, {block, 3L * block},
            {block + 1, 5L * block - 1}, {10, data.length}, {2L * block + 99, data.length - 1}, {data.length, data.length},
        };
        try (FileChannel channel = FileChannel.open(file)) {
            for (long[] range : ranges) {
                assertThat(blocks.crcOf(channel, range[0], range[1])).as("%d-%d", range[0], range[1])
                        .isEqualTo(crc(data, (int) range[0], (int) range[1]));
            }
        }
    }

    @Test
    void wholeBlocksAreTakenFromWhatStreamedPastNotFromTheDisk() throws IOException {
        byte[] data = new byte[BlockCrcs.BLOCK * 4];
        Path file = Files.write(dir.resolve("data"), data);
        BlockCrcs blocks = of(file, BlockCrcs.BLOCK);
        data[2 * BlockCrcs.BLOCK + 5] = 1;
        Files.write(file, data);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(blocks.crcOf(channel, 1, data.length - 1)).isEqualTo(crc(new byte[data.length], 1, data.length - 1));
            assertThat(blocks.crcOf(channel, 2L * BlockCrcs.BLOCK + 1, 3L * BlockCrcs.BLOCK))
                    .isEqualTo(crc(data, 2 * BlockCrcs.BLOCK + 1, 3 * BlockCrcs.BLOCK));
        }
    }

    @Test
    void bytesOutOfOrderOrPastTheEndAreRefused() {
        BlockCrcs blocks = new BlockCrcs(100);
        blocks.accept(0, new byte[60], 60);

        assertThatThrownBy(() -> blocks.accept(70, new byte[10], 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> blocks.accept(60, new byte[50], 50)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rangesAreRefusedUntilTheWholeFileWasSeen() throws IOException {
        Path file = Files.write(dir.resolve("data"), new byte[100]);
        BlockCrcs blocks = new BlockCrcs(100);
        blocks.accept(0, new byte[60], 60);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThatThrownBy(() -> blocks.crcOf(channel, 0, 10)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static long crc(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return crc.getValue();
    }
}
