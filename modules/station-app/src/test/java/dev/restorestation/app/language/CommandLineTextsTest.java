package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.text.AppText;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.WaitingReason;
import dev.restorestation.core.testing.BundleAudit;
import dev.restorestation.firmware.store.CacheState;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line's messages: the same keys in every language, patterns that format alike, every key used. */
class CommandLineTextsTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.app.text.messages", AppText.class);
    /** Keys built at run time from a value; each prefix is checked against the values below. */
    private static final Set<String> BUILT = Set.of("phase.", "step.", "mode.", "waiting.", "kind.", "outcome.",
            "cacheState.");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.englishKeys()).hasSizeGreaterThan(100);
    }

    @Test
    void everyPatternFormatsWithTheEnglishArguments() {
        assertThat(AUDIT.patternProblems()).isEmpty();
    }

    @Test
    void everyKeyTheSourcesUseHasATextAndEveryTextIsUsed() {
        Pattern call = Pattern.compile("(?:AppText\\.|(?<![\\w.]))(?:text|wording)\\(\\s*");
        assertThat(AUDIT.usageProblems(Path.of("src/main/java/dev/restorestation/app"), call, BUILT)).isEmpty();
    }

    @Test
    void keysBuiltAtRunTimeCoverExactlyTheirValues() {
        assertThat(keys("phase.")).isEqualTo(names(RestorePhase.values(), Enum::name));
        assertThat(keys("step.")).isEqualTo(names(RestoreStep.values(), Enum::name));
        assertThat(keys("mode.")).isEqualTo(names(DeviceMode.values(), Enum::name));
        assertThat(keys("waiting.")).isEqualTo(names(WaitingReason.values(), WaitingReason::id));
        assertThat(keys("kind.")).isEqualTo(names(RestoreKind.values(), kind -> kind.name().toLowerCase(Locale.ROOT)));
        assertThat(keys("outcome.")).isEqualTo(names(AttemptOutcome.values(), Enum::name));
        assertThat(keys("cacheState.")).isEqualTo(names(CacheState.values(), Enum::name));
    }

    private static List<String> keys(String prefix) {
        return AUDIT.englishKeys().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).sorted().toList();
    }

    private static <T> List<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).sorted().toList();
    }
}
