package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.cli.HelpLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help of every command, option and parameter has a Spanish and a German text, under the key picocli looks for. */
class HelpTranslationTest {

    /** Picocli's own headings that the translations replace; English keeps picocli's. */
    private static final Set<String> HEADINGS = Set.of("usage.synopsisHeading", "usage.commandListHeading");

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void aTranslationCoversEveryHelpTextAndNothingElse(String language) throws IOException {
        Map<String, String> english = new TreeMap<>(HelpKeys.english());
        english.values().removeIf(String::isBlank);
        Properties translated = read(language);

        List<String> problems = new ArrayList<>();
        english.keySet().stream().filter(key -> translated.getProperty(key, "").isBlank())
                .forEach(key -> problems.add("missing " + key));
        translated.stringPropertyNames().stream().filter(key -> !english.containsKey(key) && !HEADINGS.contains(key))
                .forEach(key -> problems.add(key + " is no command's, option's or parameter's help"));
        english.forEach((key, text) -> {
            if (text.split(" ").length > 2 && text.equals(translated.getProperty(key))) {
                problems.add(key + " is still English");
            }
            if (translated.getProperty(key, "").contains("''")) {
                problems.add(key + " doubles an apostrophe (help texts are not MessageFormat patterns)");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(english).hasSizeGreaterThan(70);
    }

    private static Properties read(String language) throws IOException {
        String path = HelpLanguage.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = HelpLanguage.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
