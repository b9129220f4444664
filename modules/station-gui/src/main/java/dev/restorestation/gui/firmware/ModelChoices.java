package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.ModelName;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Firmware picker's list, "iPhone 7 Plus (iPhone9,4)": phones first, then iPads and the
 * other families the station restores, each in product-type order; and the product type a typed
 * or picked line stands for: a line from the list, a bare product type, or a name only one model
 * has. Models the station cannot restore (Macs, displays) are not offered.
 */
final class ModelChoices {

    private static final List<String> FAMILIES = List.of("iPhone", "iPad", "iPod", "Watch", "AppleTV", "AudioAccessory");
    private static final Pattern PRODUCT_TYPE = Pattern.compile("(" + String.join("|", FAMILIES) + ")\\d+,\\d+");
    private static final Comparator<String> ORDER = Comparator.<String>comparingInt(ModelChoices::familyRank)
            .thenComparing(new ProductTypeOrder());
    private static final Pattern IN_BRACKETS = Pattern.compile("\\(([^()]+)\\)$");

    private final List<String> lines;
    /** Lower-case name → its product type; null when several models share the name. */
    private final Map<String, String> byName = new HashMap<>();

    private ModelChoices(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Every model the station knows, and the product types of cached builds it does not. */
    static ModelChoices of(List<ModelName> models, Collection<String> cachedTypes) {
        List<ModelName> restorable = models.stream()
                .filter(model -> PRODUCT_TYPE.matcher(model.productType()).matches()).toList();
        Map<String, String> lineByType = new TreeMap<>(ORDER);
        cachedTypes.forEach(type -> lineByType.put(type, type));
        restorable.forEach(model -> lineByType.put(model.productType(), line(model)));
        ModelChoices choices = new ModelChoices(List.copyOf(lineByType.values()));
        for (ModelName model : restorable) {
            String name = model.name().strip().toLowerCase(Locale.ROOT);
            choices.byName.merge(name, model.productType(), (one, other) -> one.equals(other) ? one : null);
        }
        return choices;
    }

    private static int familyRank(String productType) {
        for (int i = 0; i < FAMILIES.size(); i++) {
            if (productType.startsWith(FAMILIES.get(i)) && Character.isDigit(productType.charAt(FAMILIES.get(i).length()))) {
                return i;
            }
        }
        return FAMILIES.size();
    }

    static String line(ModelName model) {
        return model.name() + " (" + model.productType() + ")";
    }

    List<String> lines() {
        return lines;
    }

    /** The product type {@code typed} stands for, if it stands for exactly one. */
    Optional<String> productType(String typed) {
        String text = typed.strip();
        Matcher bracketed = IN_BRACKETS.matcher(text);
        String candidate = bracketed.find() ? bracketed.group(1).strip() : text;
        if (PRODUCT_TYPE.matcher(candidate).matches()) {
            return Optional.of(candidate);
        }
        return Optional.ofNullable(byName.get(text.toLowerCase(Locale.ROOT)));
    }
}
