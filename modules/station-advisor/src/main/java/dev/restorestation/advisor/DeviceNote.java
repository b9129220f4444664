package dev.restorestation.advisor;

import java.util.List;
import java.util.Set;

/** What is different about an error on some models, e.g. 4013 on iPhone 7 is often the audio IC. */
public record DeviceNote(Set<String> productTypes, String note, List<KnowledgeFix> fixes) {

    public DeviceNote {
        productTypes = Set.copyOf(productTypes);
        fixes = List.copyOf(fixes);
    }

    boolean appliesTo(String productType) {
        return productType != null && productTypes.contains(productType);
    }
}
