package dev.restorestation.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StationSettingsTest {

    @Test
    void defaultsAreCurrentAndSane() {
        StationSettings settings = StationSettings.defaults();
        assertThat(settings.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(settings.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(settings.window().unplaced()).isTrue();
    }

    @Test
    void refusesNonsense() {
        StationSettings d = StationSettings.defaults();
        assertThatThrownBy(() -> new StationSettings(2, d.theme(), d.window(), "", -1, "", "", 4, "", "", 10, 24, 8, 4, 2, List.of(), true, null, ""))
                .hasMessageContaining("cache size cap");
        assertThatThrownBy(() -> new StationSettings(2, d.theme(), d.window(), "", 0, "", "", 0, "", "", 10, 24, 8, 4, 2, List.of(), true, null, ""))
                .hasMessageContaining("parallel restores");
        assertThatThrownBy(() -> new StationSettings(3, d.theme(), d.window(), "", 0, "", "", 4, "", "", 0, 24, 8, 4, 2, List.of(), true, null, ""))
                .hasMessageContaining("1 to 120 minutes");
    }

    @Test
    void signingFirmwareAndHardwareFailuresCannotBeRetriedAutomatically() {
        StationSettings d = StationSettings.defaults();
        assertThat(d.autoRetry()).containsExactly("usb-connection");
        for (String never : List.of("signing", "firmware-file", "storage", "baseband", "security-pairing", "host")) {
            assertThatThrownBy(() -> new StationSettings(4, d.theme(), d.window(), "", 0, "", "", 4, "", "", 10, 24, 8, 4, 2,
                    List.of("usb-connection", never), true, null, "")).hasMessage(never + " failures are never retried automatically");
        }
    }
}
