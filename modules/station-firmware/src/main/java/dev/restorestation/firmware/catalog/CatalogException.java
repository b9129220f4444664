package dev.restorestation.firmware.catalog;

import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;
import java.io.IOException;

/**
 * A catalog that cannot be used: unreachable with no saved copy, malformed, or in disagreement.
 * A worded one says it in English as its message (logs, JSON) and in the station's language as
 * its localized message (the window, the command line's error line).
 */
public class CatalogException extends IOException implements Worded {

    private final transient Wording wording;

    public CatalogException(String message) {
        super(message);
        this.wording = null;
    }

    public CatalogException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** The reason in words, for a note or a failure made around this one; null when it has none. */
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
