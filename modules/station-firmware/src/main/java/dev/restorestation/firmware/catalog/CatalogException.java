package dev.restorestation.firmware.catalog;

import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.core.text.Wording;

/**
 * A catalog that cannot be used: unreachable with no saved copy, malformed, or in disagreement.
 * A worded one says it in English as its message (logs, JSON) and in the station's language as
 * its localized message (the window, the command line's error line).
 */
public class CatalogException extends WordedIOException {

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(Wording wording) {
        super(wording);
    }
}
