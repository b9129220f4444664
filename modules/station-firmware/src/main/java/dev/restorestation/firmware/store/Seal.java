package dev.restorestation.firmware.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a verified file looked like on disk: size, modification time, change time (where the file
 * system has one: it cannot be set back by hand) and file key. While the seal holds, the file is
 * the one that was verified and needs no re-hash; any write breaks it.
 */
public record Seal(long size, long modifiedNanos, long changedNanos, String fileKey) {

    public static Seal of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Seal(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                changeTime(file), Objects.toString(attributes.fileKey(), ""));
    }

    /** Whether the file is still exactly as sealed; false when it is gone. */
    public boolean holds(Path file) {
        try {
            return equals(of(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static long changeTime(Path file) throws IOException {
        try {
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
