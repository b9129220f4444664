package dev.restorestation.devices;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.text.StationLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The button guides shipped with the station ({@code button-guides.json}): each device family's way
 * into DFU and Recovery mode, matched by product type. A pattern ending in {@code *} matches every
 * product type that starts with what comes before it. A guide is given in the station's language
 * ({@link ButtonGuideTranslation}).
 */
public final class BundledButtonGuides implements ButtonGuides {

    static final String RESOURCE = "button-guides.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A family's guide and the product types it covers. */
    record Family(ButtonGuide guide, List<String> productTypes) {
    }

    /** Product types no guide covers, and why. */
    record NotCovered(List<String> productTypes, String reason) {
    }

    private final List<Family> families;
    private final List<NotCovered> notCovered;
    private final Map<Locale, List<Family>> translated = new ConcurrentHashMap<>();

    private BundledButtonGuides(List<Family> families, List<NotCovered> notCovered) {
        this.families = List.copyOf(families);
        this.notCovered = List.copyOf(notCovered);
    }

    public static BundledButtonGuides load() {
        try (InputStream in = BundledButtonGuides.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("button guide resource is missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the button guides", e);
        }
    }

    static BundledButtonGuides read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Family> families = new ArrayList<>();
        for (JsonNode family : root.path("families")) {
            JsonNode recovery = family.path("recovery");
            families.add(new Family(new ButtonGuide(text(family, "id"), text(family, "name"),
                    sequence(family.path("dfu")), recovery.isMissingNode() ? null : sequence(recovery)),
                    strings(family.path("productTypes"))));
        }
        List<NotCovered> notCovered = new ArrayList<>();
        for (JsonNode entry : root.path("notCovered")) {
            notCovered.add(new NotCovered(strings(entry.path("productTypes")), text(entry, "reason")));
        }
        return new BundledButtonGuides(families, notCovered);
    }

    private static ButtonGuide.Sequence sequence(JsonNode node) throws IOException {
        List<ButtonGuide.Step> steps = new ArrayList<>();
        for (JsonNode step : node.path("steps")) {
            if (!step.path("seconds").isInt()) {
                throw new IOException("a button step has no whole number of seconds: " + step);
            }
            steps.add(new ButtonGuide.Step(text(step, "do"), step.path("seconds").asInt()));
        }
        return new ButtonGuide.Sequence(steps, text(node, "source"), node.path("release").asText(""),
                node.path("keep").asText(""));
    }

    private static String text(JsonNode node, String field) throws IOException {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            throw new IOException("'" + field + "' is missing in " + node);
        }
        return node.path(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static boolean matches(String pattern, String productType) {
        return pattern.endsWith("*") ? productType.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(productType);
    }

    @Override
    public Optional<ButtonGuide> forProductType(String productType) {
        return forProductType(productType, StationLanguage.current());
    }

    /** The guide for {@code productType} in {@code language}'s words; English where a text is not translated. */
    public Optional<ButtonGuide> forProductType(String productType, Locale language) {
        if (productType == null) {
            return Optional.empty();
        }
        return families(language).stream()
                .filter(family -> family.productTypes().stream().anyMatch(pattern -> matches(pattern, productType)))
                .map(Family::guide)
                .findFirst();
    }

    List<Family> families() {
        return families;
    }

    List<Family> families(Locale language) {
        return translated.computeIfAbsent(language, key -> {
            ButtonGuideTranslation translation = ButtonGuideTranslation.of(key);
            return families.stream()
                    .map(family -> new Family(translation.translate(family.guide()), family.productTypes())).toList();
        });
    }

    List<NotCovered> notCovered() {
        return notCovered;
    }
}
