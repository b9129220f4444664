package dev.restorestation.firmware;

import static dev.restorestation.firmware.ipsw.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import dev.restorestation.core.text.StationLanguage;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A manifest refused for a missing or ill-typed field: English, as it always was, where it is kept
 * (the quarantine index, logs, JSON read the message), and in the station's language where shown.
 */
class ManifestWordingTest {

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void aMissingComponentIsSaidInSpanishAndGermanAndKeptInEnglish() {
        NSDictionary noComponents = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        noComponents.put("Manifest", new NSDictionary());
        InvalidFirmwareException missing = refusal(noComponents);

        assertThat(missing).hasMessage("BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
        assertThat(in("es", missing)).isEqualTo("a BuildManifest.plist le falta BuildIdentities[0].Manifest.iBSS");
        assertThat(in("de", missing)).isEqualTo("in BuildManifest.plist fehlt BuildIdentities[0].Manifest.iBSS");
        assertThat(missing.toString()).endsWith(": BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS");
    }

    @Test
    void aFieldOfTheWrongTypeNamesBothTypesInTheStationsLanguage() {
        NSDictionary arrayClass = BuildManifestTest.identity("0x8101", "0x0C", "d53gap", "Erase", "x");
        ((NSDictionary) arrayClass.get("Info")).put("DeviceClass", new NSArray(0));
        InvalidFirmwareException typed = refusal(arrayClass);

        assertThat(typed).hasMessage("BuildManifest.plist: BuildIdentities[0].Info.DeviceClass is an array, not a string");
        assertThat(in("es", typed)).isEqualTo("BuildManifest.plist: BuildIdentities[0].Info.DeviceClass es una lista, no un texto");
        assertThat(in("de", typed)).isEqualTo("BuildManifest.plist: BuildIdentities[0].Info.DeviceClass ist eine Liste, nicht ein Text");
    }

    @Test
    void noIdentitiesAndABadValueAreWordedToo() {
        NSDictionary empty = BuildManifestTest.sampleManifest();
        empty.put("BuildIdentities", new NSArray(0));
        InvalidFirmwareException none = refused(() -> read(empty));
        InvalidFirmwareException bad = refusal(BuildManifestTest.identity("chip", "0x0C", "d53gap", "Erase", "x"));

        assertThat(none).hasMessage("BuildManifest.plist has no build identities");
        assertThat(in("es", none)).isEqualTo("BuildManifest.plist no tiene identidades de compilación");
        assertThat(bad).hasMessage("BuildManifest.plist has a bad ApChipID: chip");
        assertThat(in("de", bad)).isEqualTo("BuildManifest.plist hat einen ungültigen Wert in ApChipID: chip");
    }

    private static String in(String language, InvalidFirmwareException failure) {
        StationLanguage.choose(language);
        return failure.getLocalizedMessage();
    }

    private static InvalidFirmwareException refusal(NSDictionary identity) {
        NSDictionary manifest = BuildManifestTest.sampleManifest();
        manifest.put("BuildIdentities", new NSArray(identity));
        return refused(() -> read(manifest));
    }

    private static BuildManifest read(NSDictionary manifest) throws Exception {
        return BuildManifest.read(new ByteArrayInputStream(BinaryPropertyListWriter.writeToArray(manifest)));
    }
}
