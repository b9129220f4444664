package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every meaning, cause, note and fix of the bundled knowledge base has a Spanish and a German text, and only those. */
class KnowledgeTranslationTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void aTranslationHasATextForEveryEntryAndForNothingElse(String tag) throws IOException {
        Map<String, String> english = englishTexts();
        Properties translated = KnowledgeTranslation.read(Locale.forLanguageTag(tag));

        List<String> problems = new ArrayList<>();
        english.keySet().stream().filter(key -> translated.getProperty(key, "").isBlank())
                .forEach(key -> problems.add("missing " + key));
        translated.stringPropertyNames().stream().filter(key -> !english.containsKey(key))
                .forEach(key -> problems.add(key + " names nothing in the knowledge base"));
        // a word may be the same in both languages ("cable"); a phrase left as it is was not translated
        english.forEach((key, text) -> {
            if (text.split(" ").length > 2 && text.equals(translated.getProperty(key, "").strip())) {
                problems.add(key + " is still English");
            }
        });
        assertThat(problems).as(KnowledgeTranslation.resource(Locale.forLanguageTag(tag))).isEmpty();
        assertThat(english).hasSizeGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void theKnowledgeBaseServesTheTranslatedTexts(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        Properties translated = KnowledgeTranslation.read(language);
        KnowledgeBase knowledge = KnowledgeBase.bundled().in(language);

        assertThat(knowledge.fix("cable-swap").orElseThrow().text()).isEqualTo(translated.getProperty("fix.cable-swap"));
        KnownError error4013 = knowledge.appleCode(4013, null).orElseThrow();
        assertThat(error4013.meaningFor("iPhone9,3", language))
                .isEqualTo(translated.getProperty("error.apple-4013") + " " + translated.getProperty("note.apple-4013.1"));
        assertThat(error4013.fixes()).extracting(KnowledgeFix::id)
                .isEqualTo(KnowledgeBase.bundled().appleCode(4013, null).orElseThrow().fixes().stream().map(KnowledgeFix::id).toList());
        assertThat(knowledge.category(dev.restorestation.core.diagnosis.ErrorCategory.NETWORK).meaning())
                .isEqualTo(translated.getProperty("category.network"));
    }

    /** The keys a translation needs, read from the JSON itself rather than from the code that uses them. */
    private static Map<String, String> englishTexts() throws IOException {
        JsonNode root;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.BUNDLED)) {
            root = new ObjectMapper().readTree(in);
        }
        Map<String, String> texts = new TreeMap<>();
        root.get("fixes").forEach(fix -> texts.put("fix." + fix.get("id").asText(), fix.get("text").asText()));
        root.get("categories").forEach(c -> texts.put("category." + c.get("category").asText(), c.get("meaning").asText()));
        for (String section : List.of("codes", "engine")) {
            root.get(section).forEach(entry -> {
                String id = entry.get("id").asText();
                texts.put("error." + id, entry.get("meaning").asText());
                JsonNode causes = entry.path("causes");
                for (int i = 0; i < causes.size(); i++) {
                    texts.put("cause." + id + "." + (i + 1), causes.get(i).asText());
                }
                JsonNode devices = entry.path("devices");
                for (int i = 0; i < devices.size(); i++) {
                    texts.put("note." + id + "." + (i + 1), devices.get(i).get("note").asText());
                }
            });
        }
        return texts;
    }
}
