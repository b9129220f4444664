package dev.restorestation.history;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * H2 keeps the chunks each forced checkpoint replaced, so a burst of attempts leaves many times
 * its data in the file, and the station does not let H2 compact at close (decision 4). Instead
 * an opening rewrites the file when it has more than doubled, and grown by 8 MiB, since the last
 * rewrite; the size after that rewrite is kept beside the file.
 */
final class GrowthCompaction {

    static final long MIN_GROWTH = 8L << 20;
    private static final String MARK = "history.compacted-size";

    private GrowthCompaction() {
    }

    static boolean due(HistorySource.EmbeddedFile file) {
        try {
            if (!Files.isRegularFile(file.databaseFile())) {
                return false;
            }
            long size = Files.size(file.databaseFile());
            long before = lastCompacted(file);
            return size > 2 * before && size - before > MIN_GROWTH;
        } catch (IOException e) {
            return false;
        }
    }

    static void remember(HistorySource.EmbeddedFile file) {
        try {
            FileAccess.OWNER_ONLY.write(file.directory().resolve(MARK),
                    Long.toString(Files.size(file.databaseFile())).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the next opening compacts again at most; nothing is lost
        }
    }

    private static long lastCompacted(HistorySource.EmbeddedFile file) {
        Path mark = file.directory().resolve(MARK);
        try {
            return Long.parseLong(Files.readString(mark, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
