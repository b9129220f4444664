package dev.restorestation.restore.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads engine output line by line in bounded memory, whatever arrives: a line ends at LF or CR
 * (progress bars redraw with CR), a line longer than {@link #MAX_LINE_BYTES} is cut with a note of
 * how much was dropped, invalid UTF-8 becomes U+FFFD and control characters become '?'.
 */
public final class BoundedLineReader {

    public static final int MAX_LINE_BYTES = 4096;

    /** A line and its number in the file: lines split at CR share the number of their LF line. */
    @FunctionalInterface
    public interface NumberedLines {
        void line(long number, String text);
    }

    private final byte[] line = new byte[MAX_LINE_BYTES];
    private int length;
    private long dropped;
    private long newlines;
    private long emitted;

    private BoundedLineReader() {
    }

    /** Reads {@code in} to its end (or until it fails, as a pipe does when its process is killed). */
    public static void read(InputStream in, Consumer<String> lines) {
        new BoundedLineReader().readAll(in, Long.MAX_VALUE, Long.MAX_VALUE, (number, text) -> lines.accept(text));
    }

    /** Reads {@code in} up to {@code maxBytes} bytes and {@code maxLines} lines; true when it stopped at a bound. */
    public static boolean read(InputStream in, long maxBytes, long maxLines, NumberedLines lines) {
        return new BoundedLineReader().readAll(in, maxBytes, maxLines, lines);
    }

    private boolean readAll(InputStream in, long maxBytes, long maxLines, NumberedLines lines) {
        byte[] chunk = new byte[8192];
        long total = 0;
        boolean bounded = false;
        try {
            int n;
            reading:
            while ((n = in.read(chunk)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (total++ >= maxBytes || emitted >= maxLines) {
                        bounded = true;
                        break reading;
                    }
                    accept(chunk[i], lines);
                }
            }
        } catch (IOException e) {
            // the stream closed under us: what was read so far still counts
        }
        if ((length > 0 || dropped > 0) && emitted < maxLines) {
            emit(lines);
        }
        return bounded;
    }

    private void accept(byte b, NumberedLines lines) {
        if (b == '\n' || b == '\r') {
            if (length > 0 || dropped > 0) {
                emit(lines);
            }
            if (b == '\n') {
                newlines++;
            }
            return;
        }
        if (length < line.length) {
            line[length++] = b;
        } else {
            dropped++;
        }
    }

    private void emit(NumberedLines lines) {
        String text = decode(line, length);
        if (dropped > 0) {
            text = text + " …[" + dropped + " more bytes not kept]";
        }
        length = 0;
        dropped = 0;
        emitted++;
        lines.line(newlines + 1, text);
    }

    private static String decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(length + 1);
        decoder.decode(ByteBuffer.wrap(bytes, 0, length), chars, true);
        decoder.flush(chars);
        chars.flip();
        StringBuilder text = new StringBuilder(chars.length());
        while (chars.hasRemaining()) {
            char c = chars.get();
            text.append(Character.isISOControl(c) && c != '\t' ? '?' : c);
        }
        return text.toString();
    }
}
