package dev.restorestation.core.firmware;

import java.util.Objects;

/** A model as a technician knows it ("iPhone 7 Plus") with the product type the catalog lists it by ("iPhone9,4"). */
public record ModelName(String productType, String name) {

    public ModelName {
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(name, "name");
    }
}
