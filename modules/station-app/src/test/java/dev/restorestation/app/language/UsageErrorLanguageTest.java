package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.StationRun;
import dev.restorestation.core.text.StationLanguage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Picocli's own parse errors, worded by the station: each kind of mistake reads differently in
 * every language, so none falls through to picocli's English, and what was typed stays as typed.
 */
class UsageErrorLanguageTest {

    /** One command line per kind of parse error picocli raises for the station's commands. */
    private static final List<List<String>> MISTAKES = List.of(
            List.of("devices", "--bogus"),
            List.of("advise", "4013", "--device", ""),
            List.of("diagnose", ""),
            List.of("history", "--limit", "abc"),
            List.of("devices", "extra"),
            List.of("devices", "a", "b"),
            List.of("firmwre", "list"),
            List.of("firmware", "lst"),
            List.of("history", "--ticket"),
            List.of("history"),
            List.of("queue", "--pause", "--resume"),
            List.of("advise", "4013", "--json", "--json"),
            List.of("firmware"),
            List.of("firmware", "fetch"),
            List.of("advise"),
            List.of("restore"),
            List.of("restore", "--ticket", "T-1"),
            List.of("restore", "--ecid", "0x1", "--ticket", "T-1", "--ipsw", "fw.ipsw", "--erase"),
            List.of("events", "--since", "yesterday"));
    private static final List<String> PICOCLI_ENGLISH = List.of("Unknown option", "Unmatched argument", "Missing required",
            "are mutually exclusive", "should be specified only once", "Invalid value for", "is not a", "specify one of",
            "subcommand", "Error:");

    @TempDir
    Path dataDir;

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void everyKindOfMistakeReadsInSpanishAndGermanAndNoneIsPicocliEnglish() {
        for (List<String> mistake : MISTAKES) {
            String english = line("en", mistake);
            for (String language : List.of("es", "de")) {
                String translated = line(language, mistake);
                assertThat(translated).as("%s in %s", mistake, language)
                        .startsWith("station: ")
                        .isNotEqualTo(english)
                        .doesNotContain(PICOCLI_ENGLISH);
            }
            assertThat(english).as("%s in English", mistake).doesNotContain(PICOCLI_ENGLISH);
        }
    }

    @Test
    void theOptionsAndWhatWasTypedStayAsTyped() {
        assertThat(line("de", List.of("advise", "4013", "--jsn")))
                .isEqualTo("station: unbekannte Option: '--jsn'; meinten Sie --json? (siehe 'station advise --help')");
        assertThat(line("es", List.of("events", "--since", "ayer")))
                .isEqualTo("station: --since espera un número entero (recibido: 'ayer') (vea 'station events --help')");
        assertThat(line("de", List.of("firmware", "fetch")))
                .isEqualTo("station: es fehlen die Parameter 'DEVICE', 'BUILD' (siehe 'station firmware fetch --help')");
        assertThat(line("es", List.of("history", "--ecid", "A", "--ticket", "B")))
                .isEqualTo("station: solo se admite uno de estos: --ticket=ID, --ecid=ECID (vea 'station history --help')");
        assertThat(line("en", List.of("firmware")))
                .isEqualTo("station: name one of its commands: catalog, fetch, import, inspect, list, verify, evict"
                        + " (see 'station firmware --help')");
    }

    private String line(String language, List<String> args) {
        StationLanguage.choose(language);
        StationRun run = StationRun.in(dataDir, args.toArray(String[]::new));
        assertThat(run.exit()).as("%s exits as a usage error", args).isEqualTo(2);
        assertThat(run.err().lines()).as("%s", args).hasSize(1);
        return run.err().strip();
    }
}
