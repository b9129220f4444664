package dev.restorestation.app.assembly;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whether the station's own history file is there to read. Only a file that truly is not there
 * means "no history yet": a folder this user may not look into, a path through a file, or a data
 * directory on read-only storage is said as a {@link StationException}, never as an empty history.
 */
final class HistoryPresence {

    private HistoryPresence() {
    }

    /** True when the H2 file is there (or a damaged one was set aside); false only when it is not there yet. */
    static boolean exists(HistorySource.EmbeddedFile file, Path dataRoot) {
        try {
            Files.readAttributes(file.databaseFile(), BasicFileAttributes.class);
            return true;
        } catch (NoSuchFileException absent) {
            if (HistoryDatabase.wasSetAside(file)) {
                return true;
            }
            refuseReadOnly(file, dataRoot);
            return false;
        } catch (AccessDeniedException e) {
            throw unreadable(file, text("station.historyDenied"));
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
                throw unreadable(file, text("station.historyThroughFile", firstFile(file.databaseFile()).toString()));
            }
            throw unreadable(file, e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    /**
     * A data directory this user cannot write (read-only storage, or another user's folder) could
     * never have been given a history by this user: say so rather than "none yet".
     */
    private static void refuseReadOnly(HistorySource.EmbeddedFile file, Path dataRoot) {
        if (Files.isDirectory(dataRoot) && !Files.isWritable(dataRoot)) {
            throw unreadable(file, text("station.historyReadOnly"));
        }
    }

    /** The first part of {@code path} that is there but is not a folder. */
    private static Path firstFile(Path path) {
        Path part = path.getRoot();
        for (Path name : path) {
            part = part.resolve(name);
            if (Files.exists(part) && !Files.isDirectory(part)) {
                return part;
            }
        }
        return path;
    }

    private static StationException unreadable(HistorySource.EmbeddedFile file, String why) {
        return new StationException(text("station.historyUnreadable", file.describe(), why));
    }
}
