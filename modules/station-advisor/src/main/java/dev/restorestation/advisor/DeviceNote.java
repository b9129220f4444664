package dev.restorestation.advisor;

import java.util.List;
import java.util.Set;

/** What is different about an error on some models, e.g. 4013 on iPhone 7 is often the audio IC. */
public record DeviceNote(Set<String> productTypes, String note, List<KnowledgeFix> fixes) {

    public DeviceNote {
        productTypes = Set.copyOf(productTypes);
        fixes = List.copyOf(fixes);
    }

    /** Product types are compared ignoring case: "iphone9,3" typed at the bench means iPhone9,3. */
    boolean appliesTo(String productType) {
        return productType != null && productTypes.stream().anyMatch(type -> type.equalsIgnoreCase(productType.strip()));
    }
}
