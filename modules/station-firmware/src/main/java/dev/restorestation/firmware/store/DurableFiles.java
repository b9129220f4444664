package dev.restorestation.firmware.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files that appear whole or not at all: synced to disk, then renamed into place. */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Syncs {@code temporary}, renames it to {@code target} (replacing it) and syncs the folder. */
    public static void publish(Path temporary, Path target) throws IOException {
        sync(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.getParent());
    }

    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system syncs folders (Windows, some network shares); the rename stays atomic
        }
    }
}
