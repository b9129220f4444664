package dev.restorestation.firmware.catalog;

import java.io.IOException;

/** A catalog that cannot be used: unreachable with no saved copy, malformed, or in disagreement. */
public class CatalogException extends IOException {

    public CatalogException(String message) {
        super(message);
    }
}
