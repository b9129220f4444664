package dev.restorestation.app.report;

import static dev.restorestation.app.text.AppText.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a PDF where the technician said: whole or not at all (through a ".part" file, removed
 * again when the write fails), never in place of a folder, and with a reason one can act on.
 */
final class OutputPdf {

    private OutputPdf() {
    }

    /** @throws IOException whose message is the reason alone, for a line that already names the file */
    static void write(Path pdf, byte[] bytes) throws IOException {
        Path target = pdf.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(text("output.isFolder"));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(text("output.noFolder", String.valueOf(folder)));
        }
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new IOException(reason(e), e);
        }
    }

    /** The operating system's own words ("No space left on device"), not the path it failed on. */
    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return text("output.denied");
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
