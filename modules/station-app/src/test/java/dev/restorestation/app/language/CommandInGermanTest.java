package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a German system: its messages in German, its JSON byte for byte the one an
 * English system prints. Each run is a JVM of its own, started as a technician's shell starts it.
 */
class CommandInGermanTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void adviceReadsInGermanWhileItsJsonStaysEnglish() throws Exception {
        Run german = station("de", "advise", "4013", "--device", "iPhone9,3");

        assertThat(german.exitCode()).isZero();
        assertThat(german.out()).startsWith("4013 · usb-connection (USB-Verbindung)")
                .contains("Das Gerät verlor während der Wiederherstellung die Verbindung zum Computer.")
                .contains("Wahrscheinliche Ursachen: ")
                .contains("Der Reihe nach versuchen:")
                .contains("Anderes Apple- oder MFi-zertifiziertes Kabel verwenden  [cable-swap]")
                .doesNotContain("Likely causes", "Try, in order");

        Run germanJson = station("de", "advise", "4013", "--device", "iPhone9,3", "--json");
        Run englishJson = station("en", "advise", "4013", "--device", "iPhone9,3", "--json");
        assertThat(germanJson.exitCode()).isZero();
        assertThat(germanJson.out()).isEqualTo(englishJson.out()).contains("\"meaning\" : \"The device lost its connection");
    }

    @Test
    void anErrorLineIsInGermanAndTheDiagnosisJsonIsTheEnglishOne() throws Exception {
        Run badDevice = station("de", "advise", "4013", "--device", "telephone");
        assertThat(badDevice.exitCode()).isEqualTo(2);
        assertThat(badDevice.err().strip()).isEqualTo("station: --device erwartet einen Produkttyp wie iPhone9,3 (erhalten: 'telephone')");

        Path log = files.resolve("engine.log");
        Files.writeString(log, "Checking IPSW for required components...\nERROR: Unable to discover device mode."
                + " Please make sure a device is attached.\n");
        Run german = station("de", "diagnose", log.toString());
        assertThat(german.out()).startsWith("device-not-found (Kein Gerät gefunden)").contains("Der Reihe nach versuchen:");
        assertThat(station("de", "diagnose", log.toString(), "--json").out())
                .isEqualTo(station("en", "diagnose", log.toString(), "--json").out());
    }

    @Test
    void picocliMistakesAndBadValuesAreRefusedInGermanAsTyped() throws Exception {
        assertThat(station("de", "history", "--limit", "9").err().strip())
                .isEqualTo("station: unbekannte Optionen: '--limit', '9' (siehe 'station history --help')");
        assertThat(station("de", "histroy").err().strip())
                .isEqualTo("station: unbekannter Befehl: 'histroy'; meinten Sie history? (siehe 'station --help')");
        assertThat(station("de", "firmware", "evict", "--max-size", "viel").err().strip())
                .isEqualTo("station: keine Größe: 'viel' (z. B. 200G, 500M oder eine Zahl von Bytes angeben)");
        Run badEcid = station("de", "history", "--ecid", "zz");
        assertThat(badEcid.exitCode()).isEqualTo(2);
        assertThat(badEcid.err().strip()).startsWith("station: keine ECID: 'zz'");
    }

    @Test
    void theHelpIsInGerman() throws Exception {
        Run help = station("de", "advise", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Aufruf: station advise")
                .contains("Was ein Fehlercode bedeutet und welche Lösungen der Reihe nach zu versuchen")
                .contains("Datenverzeichnis (Datenbank, Firmware-Cache, Logs,")
                .contains("Rat für dieses Modell, z. B. iPhone9,4.")
                .contains("Diese Hilfe anzeigen und beenden.")
                .doesNotContain("Advice for this model");
    }

    private Run station(String language, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language, "-Duser.country=" + (language.equals("de") ? "DE" : "US"),
                "-cp", System.getProperty("java.class.path"), Station.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Path out = files.resolve("out-" + language + ".txt");
        Path err = files.resolve("err-" + language + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("station %s finished", List.of(args)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
