package dev.restorestation.firmware.download;

import java.io.IOException;

/**
 * A download that failed. {@code retryable} ones (a dropped connection, a 5xx) are tried again
 * from where they stopped; the others (an HTML page, a wrong size, a wrong checksum, a full disk)
 * are reported at once.
 */
public class DownloadException extends IOException {

    private final boolean retryable;

    public DownloadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** What went wrong, for a message: the exception's own text, or its type when it has none. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
