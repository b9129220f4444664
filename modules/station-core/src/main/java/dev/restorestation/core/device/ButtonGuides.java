package dev.restorestation.core.device;

import java.util.Optional;

/** Port: the button guide of a device by its product type ({@code iPhone12,1}); empty for a device no guide covers. */
@FunctionalInterface
public interface ButtonGuides {

    Optional<ButtonGuide> forProductType(String productType);

    /** No guides at all, for a window without the bundled ones. */
    ButtonGuides NONE = productType -> Optional.empty();
}
