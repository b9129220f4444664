package dev.restorestation.firmware.download;

import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.core.text.Wording;

/**
 * A download that failed. {@code retryable} ones (a dropped connection, a 5xx) are tried again
 * from where they stopped; the others (an HTML page, a wrong size, a wrong checksum, a full disk)
 * are reported at once. A worded one is English as its message (the quarantine index, logs, JSON)
 * and in the station's language as its localized message.
 */
public class DownloadException extends WordedIOException {

    private final boolean retryable;

    public DownloadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public DownloadException(Wording wording, boolean retryable) {
        super(wording);
        this.retryable = retryable;
    }

    /** {@code cause}, with its own text, is for the log only. */
    public DownloadException(Wording wording, boolean retryable, Throwable cause) {
        super(wording, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
