package dev.restorestation.gui.texts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.gui.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key of the window's bundle is named in its code, written out or as one of the few prefixes built at run time. */
class KeysInUseTest {

    /**
     * Keys whose last part is an enum constant's name or id, built at run time: the code names only the prefix.
     * Each must itself appear in the code as a literal.
     */
    static final List<String> BUILT_AT_RUN_TIME = List.of("action.", "area.", "category.", "service.", "step.",
            "filter.", "kind.", "waiting.", "mode.", "outcome.", "state.", "speed.", "history.kind.", "history.placeholder.",
            "history.outcomeCount.", "settings.theme.", "about.", "webhooks.event.", "tile.inLine.");

    @Test
    void everyKeyIsUsedByTheCode() {
        Set<String> literals = literalsOfTheCode();
        assertThat(unused(Texts.MESSAGES.keysWrittenFor(Locale.ENGLISH), literals)).isEmpty();
    }

    @Test
    void aKeyNothingNamesIsFound() {
        Set<String> literals = literalsOfTheCode();
        assertThat(unused(Set.of("bench.empty.title", "bench.never.named", "action.UPDATE.label"), literals))
                .containsExactly("bench.never.named");
    }

    @Test
    void everyPrefixBuiltAtRunTimeIsInTheCode() {
        assertThat(literalsOfTheCode()).containsAll(BUILT_AT_RUN_TIME);
    }

    static Set<String> unused(Set<String> keys, Set<String> literals) {
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            boolean built = BUILT_AT_RUN_TIME.stream().anyMatch(key::startsWith);
            if (!literals.contains(key) && !built) {
                unused.add(key);
            }
        }
        return unused;
    }

    private static Set<String> literalsOfTheCode() {
        Set<String> literals = new HashSet<>();
        for (Map.Entry<String, String> source : MainSources.read().entrySet()) {
            literals.addAll(MainSources.literals(source.getValue()));
        }
        return literals;
    }
}
