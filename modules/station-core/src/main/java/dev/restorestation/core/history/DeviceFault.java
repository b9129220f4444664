package dev.restorestation.core.history;

import java.util.Objects;

/**
 * An Apple error that on one model is usually the device's own hardware, not the port it was
 * plugged into: 4013 on an iPhone 7 is most often its audio IC or NAND. Such failures do not
 * count against a slot.
 */
public record DeviceFault(int firstCode, int lastCode, String productType) {

    public DeviceFault {
        Objects.requireNonNull(productType, "productType");
        if (firstCode > lastCode) {
            throw new IllegalArgumentException("codes " + firstCode + "-" + lastCode + " run backwards");
        }
    }
}
