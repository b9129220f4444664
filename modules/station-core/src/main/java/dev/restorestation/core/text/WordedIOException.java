package dev.restorestation.core.text;

import java.io.IOException;

/**
 * An I/O failure whose message is a {@link Wording}: {@link #getMessage()} is English, for logs and
 * the command line's JSON; {@link #getLocalizedMessage()} is in the station's language, for the window.
 * {@link #toString()}, which logged stack traces begin with, stays English.
 */
public class WordedIOException extends IOException implements Worded {

    private final transient Wording wording;

    public WordedIOException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    public WordedIOException(Wording wording, Throwable cause) {
        super(wording.english(), cause);
        this.wording = wording;
    }

    /** A failure said in English only, for a subclass whose rarer reasons are not worded. */
    protected WordedIOException(String englishOnly) {
        super(englishOnly);
        this.wording = null;
    }

    /** Null when this failure is said in English only. */
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
}
