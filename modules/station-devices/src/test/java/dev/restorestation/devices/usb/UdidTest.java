package dev.restorestation.devices.usb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.devices.usb.Udid;
import org.junit.jupiter.api.Test;

class UdidTest {

    @Test
    void readsChipAndEcidFromA2018OrLaterUdid() {
        assertThat(Udid.parse("00008110-00123C1901F2401E")).hasValueSatisfying(udid -> {
            assertThat(udid.chipId()).isEqualTo(0x8110);
            assertThat(udid.ecid()).isEqualTo(new Ecid(0x00123C1901F2401EL));
        });
    }

    @Test
    void buildsTheUdidTheDeviceWillHaveInNormalMode() {
        assertThat(Udid.of(0x8110, new Ecid(0x00123C1901F2401EL))).isEqualTo("00008110-00123C1901F2401E");
    }

    @Test
    void findsNothingInOlderUdids() {
        assertThat(Udid.parse("3c1a5b7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7")).isEmpty();
        assertThat(Udid.parse("00008015-000A69822405E526")).as("an A11 never had this format").isEmpty();
        assertThat(Udid.parse(null)).isEmpty();
        assertThat(Udid.parse("0000811-00123C1901F2401E")).isEmpty();
    }

    @Test
    void knowsWhichChipsUseTheNewFormat() {
        assertThat(Udid.hasChipFormat(0x8020)).as("A12").isTrue();
        assertThat(Udid.hasChipFormat(0x8150)).as("A19").isTrue();
        assertThat(Udid.hasChipFormat(0x6000)).as("M1 Pro").isTrue();
        assertThat(Udid.hasChipFormat(0x8015)).as("A11").isFalse();
        assertThat(Udid.hasChipFormat(0x8960)).as("A7").isFalse();
        assertThat(Udid.hasChipFormat(0x8900)).as("S5L8900").isFalse();
    }
}
