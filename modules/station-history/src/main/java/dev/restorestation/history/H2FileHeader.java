package dev.restorestation.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The two 4 KiB header blocks H2 writes at the start of its file ("H:2,block:10,chunk:1a,clean:1,…",
 * hexadecimal). After a clean close the newest names the block where the last chunk begins, and
 * was written after the file's last shrink, so a whole file always reaches that block. One that
 * does not was cut short (a failed copy, a full disk), and H2 itself would open it at an older
 * state without a word. Without the clean mark (a killed station) the header may lag behind the
 * chunks, and H2's own recovery decides.
 */
final class H2FileHeader {

    private static final int BLOCK = 4096;

    private H2FileHeader() {
    }

    /** True when the newest readable header is from a clean close and names a chunk at or past the end of the file. */
    static boolean cutShort(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer blocks = ByteBuffer.allocate(2 * BLOCK);
            while (blocks.hasRemaining() && channel.read(blocks) > 0) {
                // both header blocks, or as much of them as there is
            }
            Optional<Map<String, String>> newest = Optional.empty();
            for (int start = 0; start + BLOCK <= blocks.position(); start += BLOCK) {
                Optional<Map<String, String>> header = parse(new String(blocks.array(), start, BLOCK, StandardCharsets.ISO_8859_1));
                if (header.isPresent() && (newest.isEmpty() || hex(header.get(), "version") > hex(newest.get(), "version"))) {
                    newest = header;
                }
            }
            return newest.isPresent() && !"0".equals(newest.get().getOrDefault("clean", "0"))
                    && hex(newest.get(), "block") * BLOCK >= size;
        }
    }

    private static Optional<Map<String, String>> parse(String block) {
        int end = block.indexOf('\n');
        if (!block.startsWith("H:2,") || end < 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : block.substring(0, end).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1));
            }
        }
        try {
            hex(fields, "block");
            hex(fields, "version");
            return Optional.of(fields);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long hex(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new NumberFormatException("no " + name);
        }
        return Long.parseLong(value, 16);
    }
}
