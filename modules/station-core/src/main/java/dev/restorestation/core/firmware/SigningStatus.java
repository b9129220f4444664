package dev.restorestation.core.firmware;

import java.io.IOException;

/**
 * Port: whether Apple still signs a build for a device, as the firmware catalog says. Blocking:
 * it may ask the catalog's source over the network.
 */
public interface SigningStatus {

    /** What the catalog says now; when its source cannot be reached, what the copy saved last said. */
    SigningAnswer ask(String productType, String build) throws IOException;
}
