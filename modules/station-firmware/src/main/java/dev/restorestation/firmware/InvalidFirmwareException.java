package dev.restorestation.firmware;

import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;

/**
 * A firmware file (or its manifest) that is not what it claims to be. The message is one line with
 * every control character escaped, since it often quotes the file. A worded one is English as its
 * message (the quarantine index, logs, JSON) and in the station's language as its localized message.
 */
public class InvalidFirmwareException extends RuntimeException implements Worded {

    private final transient Wording wording;

    public InvalidFirmwareException(String message) {
        super(Printable.escape(message));
        this.wording = null;
    }

    public InvalidFirmwareException(Wording wording) {
        super(Printable.escape(wording.english()));
        this.wording = wording;
    }

    /** The reason in words, for a worded failure made around this one; null when it has none. */
    @Override
    public Wording wording() {
        return wording;
    }

    @Override
    public String getLocalizedMessage() {
        return wording == null ? getMessage() : Printable.escape(wording.text());
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage();
    }
}
