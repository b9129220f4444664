package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.FirmwareState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedBuildsModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:30:00Z");
    private final CachedBuildsModel model = new CachedBuildsModel(Clock.fixed(NOW, ZoneOffset.UTC));

    static CachedFirmware build(String version, String build, FirmwareState state, List<String> types) {
        return new CachedFirmware(build, version, types, 9_800_000_000L, "a".repeat(40), build + "b".repeat(59), state,
                NOW.minusSeconds(3600), NOW.minusSeconds(86_400 + 600), "");
    }

    @Test
    void newestVersionComesFirstComparingNumbersNotText() {
        model.show(List.of(build("26.9", "23J1", FirmwareState.VERIFIED, List.of("iPhone15,2")),
                build("26.10", "23K5", FirmwareState.VERIFIED, List.of("iPhone15,2")),
                build("18.7.2", "22H124", FirmwareState.VERIFIED, List.of("iPhone15,2"))));

        assertThat(model.getRowCount()).isEqualTo(3);
        assertThat(List.of(model.getValueAt(0, 0), model.getValueAt(1, 0), model.getValueAt(2, 0)))
                .containsExactly("26.10", "26.9", "18.7.2");
    }

    @Test
    void aRowShowsVersionBuildModelsSizeWhenAndState() {
        model.show(List.of(build("26.2.1", "23C71", FirmwareState.QUARANTINED, List.of("iPhone15,2", "iPhone15,3"))));

        assertThat(model.getValueAt(0, 1)).isEqualTo("23C71");
        assertThat(model.getValueAt(0, 2)).isEqualTo("iPhone15,2, iPhone15,3");
        assertThat(model.getValueAt(0, 3)).isEqualTo("9.1 GiB");
        assertThat(model.getValueAt(0, 4)).isEqualTo("today 14:30");
        assertThat(model.getValueAt(0, 5)).isEqualTo("yesterday 15:20");
        assertThat(model.getValueAt(0, CachedBuildsModel.STATE)).isEqualTo(FirmwareState.QUARANTINED);
    }

    @Test
    void aBuildForManyModelsNamesTwoAndCountsTheRest() {
        assertThat(CachedBuildsModel.models(List.of("iPhone14,2", "iPhone14,3", "iPhone14,4", "iPhone14,5")))
                .isEqualTo("iPhone14,2, iPhone14,3 and 2 more");
        assertThat(CachedBuildsModel.models(List.of("iPhone14,2"))).isEqualTo("iPhone14,2");
    }

    @Test
    void aBuildNeverUsedSaysNever() {
        CachedFirmware unused = new CachedFirmware("23C71", "26.2.1", List.of("iPhone15,2"), 1, "a", "b",
                FirmwareState.VERIFIED, NOW.minusSeconds(5 * 86_400), null, "");
        model.show(List.of(unused));

        assertThat(model.getValueAt(0, 4)).isEqualTo("2026-11-18");
        assertThat(model.getValueAt(0, 5)).isEqualTo("never");
    }
}
