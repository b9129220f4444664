package dev.restorestation.firmware.download;

import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;
import java.io.IOException;

/**
 * A download that failed. {@code retryable} ones (a dropped connection, a 5xx) are tried again
 * from where they stopped; the others (an HTML page, a wrong size, a wrong checksum, a full disk)
 * are reported at once. A worded one is English as its message (the quarantine index, logs, JSON)
 * and in the station's language as its localized message.
 */
public class DownloadException extends IOException implements Worded {

    private final boolean retryable;
    private final transient Wording wording;

    public DownloadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
        this.wording = null;
    }

    public DownloadException(Wording wording, boolean retryable) {
        super(wording.english());
        this.retryable = retryable;
        this.wording = wording;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The reason in words, for a worded failure made around this one; null when it has none. */
    @Override
    public Wording wording() {
        return wording;
    }

    @Override
    public String getLocalizedMessage() {
        return wording == null ? getMessage() : wording.text();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage();
    }

    /** What went wrong, for a message: the exception's own text, or its type when it has none. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
