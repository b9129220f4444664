package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.StationProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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


    @Test
    void adviceReadsInGermanWhileItsJsonStaysEnglish() throws Exception {
        StationProcess german = station("de", "advise", "4013", "--device", "iPhone9,3");

        assertThat(german.exitCode()).isZero();
        assertThat(german.out()).startsWith("4013 · usb-connection (USB-Verbindung)")
                .contains("Das Gerät verlor während der Wiederherstellung die Verbindung zum Computer.")
                .contains("Wahrscheinliche Ursachen: ")
                .contains("Der Reihe nach versuchen:")
                .contains("Anderes Apple- oder MFi-zertifiziertes Kabel verwenden  [cable-swap]")
                .doesNotContain("Likely causes", "Try, in order");

        StationProcess germanJson = station("de", "advise", "4013", "--device", "iPhone9,3", "--json");
        StationProcess englishJson = station("en", "advise", "4013", "--device", "iPhone9,3", "--json");
        assertThat(germanJson.exitCode()).isZero();
        assertThat(germanJson.out()).isEqualTo(englishJson.out()).contains("\"meaning\" : \"The device lost its connection");
    }

    @Test
    void anErrorLineIsInGermanAndTheDiagnosisJsonIsTheEnglishOne() throws Exception {
        StationProcess badDevice = station("de", "advise", "4013", "--device", "telephone");
        assertThat(badDevice.exitCode()).isEqualTo(2);
        assertThat(badDevice.err().strip()).isEqualTo("station: --device erwartet einen Produkttyp wie iPhone9,3 (erhalten: 'telephone')");

        Path log = files.resolve("engine.log");
        Files.writeString(log, "Checking IPSW for required components...\nERROR: Unable to discover device mode."
                + " Please make sure a device is attached.\n");
        StationProcess german = station("de", "diagnose", log.toString());
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
        StationProcess badEcid = station("de", "history", "--ecid", "zz");
        assertThat(badEcid.exitCode()).isEqualTo(2);
        assertThat(badEcid.err().strip()).startsWith("station: keine ECID: 'zz'");
    }

    @Test
    void theHelpIsInGerman() throws Exception {
        StationProcess help = station("de", "advise", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Aufruf: station advise")
                .contains("Was ein Fehlercode bedeutet und welche Lösungen der Reihe nach zu versuchen")
                .contains("Datenverzeichnis (Datenbank, Firmware-Cache, Logs,")
                .contains("Rat für dieses Modell, z. B. iPhone9,4.")
                .contains("Diese Hilfe anzeigen und beenden.")
                .doesNotContain("Advice for this model");
    }

    private StationProcess station(String language, String... args) throws Exception {
        return StationProcess.run(new Locale(language, (language.equals("de") ? "DE" : "US")), dataDir, files, args);
    }
}
