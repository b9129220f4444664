package dev.restorestation.gui.texts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.Texts;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language has every key of the window and nothing else, and every pattern formats with English's arguments. */
class BundleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    @Test
    void eachTranslationHasExactlyTheEnglishKeys() {
        Set<String> english = Texts.MESSAGES.keysWrittenFor(Locale.ENGLISH);
        assertThat(english).hasSizeGreaterThan(300);
        for (Locale language : StationLanguage.AVAILABLE) {
            Set<String> written = Texts.MESSAGES.keysWrittenFor(language);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(written);
            Set<String> extra = new TreeSet<>(written);
            extra.removeAll(english);
            assertThat(missing).as("keys %s lacks", language).isEmpty();
            assertThat(extra).as("keys only %s has", language).isEmpty();
        }
    }

    @Test
    void everyPatternFormatsWithTheArgumentsOfItsEnglishOne() {
        List<String> wrong = new ArrayList<>();
        for (String key : Texts.MESSAGES.keysWrittenFor(Locale.ENGLISH)) {
            Set<Integer> englishArguments = argumentsOf(BundleFiles.pattern(Locale.ENGLISH, key));
            for (Locale language : StationLanguage.AVAILABLE) {
                if (!BundleFiles.all(language).containsKey(key)) {
                    continue; // a missing key is the other test's finding
                }
                String pattern = BundleFiles.pattern(language, key);
                try {
                    new MessageFormat(pattern, language);
                } catch (IllegalArgumentException e) {
                    wrong.add(language + " " + key + ": does not parse (" + e.getMessage() + ")");
                    continue;
                }
                Set<Integer> arguments = argumentsOf(pattern);
                if (!arguments.equals(englishArguments)) {
                    wrong.add(language + " " + key + ": arguments " + arguments + ", English has " + englishArguments);
                }
                if (pattern.replace("''", "").contains("'")) {
                    wrong.add(language + " " + key + ": a single apostrophe quotes text away; write it twice");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachMnemonicIsALetterOfItsLabelAndTheWindowsAltKeysDiffer() {
        List<String> wrong = new ArrayList<>();
        for (Locale language : StationLanguage.AVAILABLE) {
            Set<String> altKeys = new TreeSet<>();
            int global = 0;
            for (String key : Texts.MESSAGES.keysWrittenFor(Locale.ENGLISH)) {
                if (!key.endsWith(".mnemonic")) {
                    continue;
                }
                String letter = Texts.MESSAGES.text(language, key);
                String label = Texts.MESSAGES.text(language, key.substring(0, key.length() - ".mnemonic".length()));
                if (letter.length() != 1 || !label.toLowerCase(language).contains(letter.toLowerCase(language))) {
                    wrong.add(language + " " + key + ": '" + letter + "' is not a letter of '" + label + "'");
                }
                // the menu bar's menus and the bench's filters answer Alt+letter side by side
                if (key.matches("menu\\.(station|bench|view|help)\\.mnemonic|filter\\.\\w+\\.mnemonic")) {
                    altKeys.add(letter.toUpperCase(language));
                    global++;
                }
            }
            if (altKeys.size() != global) {
                wrong.add(language + ": two menus or filters share an Alt key " + altKeys);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void argumentsAreFoundInsideChoicesButNotInQuotedText() {
        assertThat(argumentsOf("Slot {0} is {1}")).containsExactly(0, 1);
        assertThat(argumentsOf("{0,choice,1#slot {1} is|1<slots {1} are}")).containsExactly(0, 1);
        assertThat(argumentsOf("don''t quote '{0}' away")).isEmpty();
    }

    static Set<Integer> argumentsOf(String pattern) {
        Matcher quoted = QUOTED.matcher(pattern.replace("''", ""));
        Matcher argument = ARGUMENT.matcher(quoted.replaceAll(""));
        Set<Integer> found = new TreeSet<>();
        while (argument.find()) {
            found.add(Integer.parseInt(argument.group(1)));
        }
        return found;
    }
}
