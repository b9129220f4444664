package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.StationProcess;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a shop runs every day, each in a Spanish and an English JVM on one real H2 history:
 * every line the technician reads differs from the English one (so a text left in English fails),
 * and every JSON and CSV output is the English one byte for byte.
 */
class CommandInSpanishTest {

    /** Lines that are the same in every language: hashes and blank lines. */
    private static final Pattern SAME_IN_EVERY_LANGUAGE = Pattern.compile("\\s*(sha1|sha256) [0-9a-f]+|\\s*");

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private Path ipsw;


    @BeforeEach
    void aRestoredPhone() throws Exception {
        ipsw = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"));
        StationProcess restored = station("en", "restore", "--ecid", "0x1A2B3C4D5E6F78", "--ticket", "T-1", "--ipsw", ipsw.toString(),
                "--update", "--engine", "simulated");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
    }

    @Test
    void aRestoreItsHistoryItsEventsAndTheCacheReadInSpanish() throws Exception {
        StationProcess restore = station("es", "restore", "--ecid", "0x1A2B3C4D5E6F79", "--ticket", "T-2", "--ipsw", ipsw.toString(),
                "--erase", "--yes", "--engine", "simulated");
        StationProcess english = station("en", "restore", "--ecid", "0x1A2B3C4D5E6F79", "--ticket", "T-3", "--ipsw", ipsw.toString(),
                "--erase", "--yes", "--engine", "simulated");
        assertThat(restore.out()).contains("CORRECTA · intento 2 · ticket T-2").doesNotContain("SUCCEEDED", "attempt");
        assertNoLineLeftInEnglish(restore, english);

        for (List<String> command : List.of(List.of("history", "--all"), List.of("history", "--ticket", "T-9"),
                List.of("events"), List.of("firmware", "list"), List.of("restore", "--ticket", "T-4"),
                List.of("queue"), List.of("history", "--ecid", "zz"))) {
            assertNoLineLeftInEnglish(station("es", command.toArray(String[]::new)), station("en", command.toArray(String[]::new)));
        }
        assertThat(station("es", "firmware", "list").out()).contains(" verificada ");
        assertThat(station("es", "history", "--ticket", "T-2").out()).contains(" borrar ", " CORRECTO ");
    }

    @Test
    void jsonAndCsvAreTheEnglishBytes() throws Exception {
        for (List<String> command : List.of(List.of("history", "--all", "--json"), List.of("history", "--all", "--csv"),
                List.of("events", "--json"), List.of("firmware", "list", "--json"))) {
            StationProcess spanish = station("es", command.toArray(String[]::new));
            StationProcess english = station("en", command.toArray(String[]::new));
            assertThat(spanish.exitCode()).as("%s", command).isZero();
            assertThat(spanish.out()).as("%s", command).isEqualTo(english.out()).isNotBlank();
        }
    }

    private static void assertNoLineLeftInEnglish(StationProcess translated, StationProcess english) {
        List<String> englishLines = (english.out() + english.err()).lines().toList();
        assertThat((translated.out() + translated.err()).lines()
                .filter(line -> !SAME_IN_EVERY_LANGUAGE.matcher(line).matches())
                .filter(englishLines::contains))
                .as("lines the Spanish run printed exactly as the English one").isEmpty();
        assertThat(translated.out() + translated.err()).isNotBlank();
    }

    private StationProcess station(String language, String... args) throws Exception {
        return StationProcess.run(new Locale(language, (language.equals("es") ? "ES" : "US")), dataDir, files, args);
    }
}
