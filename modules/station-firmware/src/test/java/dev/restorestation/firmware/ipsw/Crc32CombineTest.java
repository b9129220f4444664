package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    private final Random random = new Random(20261130);

    @Test
    void twoPiecesCombineToTheCrcOfTheWhole() {
        byte[] data = new byte[300_000];
        random.nextBytes(data);
        for (int split : new int[] {0, 1, 63, 64, 65_536, 123_457, 299_999, 300_000}) {
            int first = crc(data, 0, split);
            int second = crc(data, split, data.length);

            assertThat(Crc32Combine.combine(first, second, data.length - split))
                    .as("split at %d", split).isEqualTo(crc(data, 0, data.length));
        }
    }

    @Test
    void manyEqualPiecesCombineWithOneOperator() {
        byte[] data = new byte[16 * 4096];
        random.nextBytes(data);
        int operator = Crc32Combine.operator(4096);
        int combined = 0;
        for (int from = 0; from < data.length; from += 4096) {
            combined = Crc32Combine.combineWith(combined, crc(data, from, from + 4096), operator);
        }

        assertThat(combined).isEqualTo(crc(data, 0, data.length));
    }

    @Test
    void aDifferentByteGivesADifferentCombination() {
        byte[] data = new byte[10_000];
        random.nextBytes(data);
        int whole = Crc32Combine.combine(crc(data, 0, 5_000), crc(data, 5_000, 10_000), 5_000);
        data[7_000] ^= 1;

        assertThat(Crc32Combine.combine(crc(data, 0, 5_000), crc(data, 5_000, 10_000), 5_000)).isNotEqualTo(whole);
    }

    private static int crc(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return (int) crc.getValue();
    }
}
