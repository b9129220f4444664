package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.ModelName;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Firmware picker's list, "iPhone 7 Plus (iPhone9,4)" in product-type order, and the product
 * type a typed or picked line stands for: a line from the list, a bare product type, or a name
 * only one model has.
 */
final class ModelChoices {

    static final Pattern PRODUCT_TYPE = Pattern.compile("(iPhone|iPad|iPod|AppleTV|Watch|AudioAccessory)\\d+,\\d+");
    private static final Pattern IN_BRACKETS = Pattern.compile("\\(([^()]+)\\)$");

    private final List<String> lines;
    /** Lower-case name → its product type; null when several models share the name. */
    private final Map<String, String> byName = new HashMap<>();

    private ModelChoices(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Every model the station knows, and the product types of cached builds it does not. */
    static ModelChoices of(List<ModelName> models, Collection<String> cachedTypes) {
        Map<String, String> lineByType = new TreeMap<>(new ProductTypeOrder());
        cachedTypes.forEach(type -> lineByType.put(type, type));
        models.forEach(model -> lineByType.put(model.productType(), line(model)));
        ModelChoices choices = new ModelChoices(List.copyOf(lineByType.values()));
        for (ModelName model : models) {
            String name = model.name().strip().toLowerCase(Locale.ROOT);
            choices.byName.merge(name, model.productType(), (one, other) -> one.equals(other) ? one : null);
        }
        return choices;
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
