package dev.restorestation.core.firmware;

import java.util.List;
import java.util.Objects;

/**
 * One firmware build: {@code 23C71} of iOS {@code 26.2.1}, for the product types it supports.
 */
public record FirmwareBuild(String build, String version, List<String> productTypes) {

    public FirmwareBuild {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(version, "version");
        productTypes = List.copyOf(productTypes);
    }

    public boolean supports(String productType) {
        return productTypes.contains(productType);
    }
}
