package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void splitsOnLineFeedsAndCarriageReturns() {
        assertThat(read("a\nb\r\n[==  ] 10.0%\r[=== ] 20.0%\rc")).containsExactly("a", "b", "[==  ] 10.0%", "[=== ] 20.0%", "c");
    }

    @Test
    void aHugeLineIsCutNotKept() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(huge);
        out.writeBytes("\nprogress: 7 1.000000\n".getBytes(StandardCharsets.UTF_8));

        List<String> lines = read(out.toByteArray());

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("xxxx").endsWith(" …[" + (huge.length - BoundedLineReader.MAX_LINE_BYTES) + " more bytes not kept]");
        assertThat(lines.get(0).length()).isLessThan(BoundedLineReader.MAX_LINE_BYTES + 64);
        assertThat(lines.get(1)).isEqualTo("progress: 7 1.000000");
    }

    @Test
    void garbageBytesBecomeHarmlessText() {
        byte[] garbage = new byte[1024 * 1024];
        new Random(42).nextBytes(garbage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(garbage);
        out.writeBytes("\nDONE\n".getBytes(StandardCharsets.UTF_8));

        List<String> lines = read(out.toByteArray());

        assertThat(lines).last().isEqualTo("DONE");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t')).isTrue();
            assertThat(line.length()).isLessThan(BoundedLineReader.MAX_LINE_BYTES + 64);
        });
    }

    @Test
    void invalidUtf8IsReplacedAndValidUtf8Kept() {
        byte[] bytes = {'o', 'k', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF, '\n'};

        assertThat(read(bytes)).containsExactly("ok é \uFFFD");
    }

    @Test
    void aStreamThatFailsEndsTheLinesItHad() {
        InputStream failing = new InputStream() {
            private final InputStream first = new ByteArrayInputStream("one\ntwo".getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws java.io.IOException {
                int b = first.read();
                if (b < 0) {
                    throw new java.io.IOException("Stream closed");
                }
                return b;
            }
        };
        List<String> lines = new ArrayList<>();

        BoundedLineReader.read(failing, lines::add);

        assertThat(lines).containsExactly("one", "two");
    }

    private static List<String> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> read(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        BoundedLineReader.read(new ByteArrayInputStream(bytes), lines::add);
        return lines;
    }
}
