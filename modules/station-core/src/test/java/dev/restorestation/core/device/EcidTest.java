package dev.restorestation.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EcidTest {

    @Test
    void readsTheFormsToolsWrite() {
        assertThat(Ecid.parse("0x1A2B3C4D5E6F78").value()).isEqualTo(0x1A2B3C4D5E6F78L);
        assertThat(Ecid.parse("001A2B3C4D5E6F78").value()).isEqualTo(0x1A2B3C4D5E6F78L);
        assertThat(Ecid.parse("7378697628483820").value()).isEqualTo(0x7378697628483820L);
        assertThat(Ecid.parse("12345").value()).isEqualTo(12345L);
        assertThat(Ecid.parse(" 0xabc ").value()).isEqualTo(0xABCL);
    }

    @Test
    void writesSixteenHexDigitsAndAShortForm() {
        Ecid ecid = Ecid.parse("0x1A2B3C4D5E6F78");
        assertThat(ecid.hex()).isEqualTo("001A2B3C4D5E6F78");
        assertThat(ecid.shortForm()).isEqualTo("…5E6F78");
        assertThat(ecid.engineArgument()).isEqualTo("0x1A2B3C4D5E6F78");
    }

    @Test
    void keepsTheFullUnsignedRange() {
        Ecid ecid = Ecid.parse("0xFFFFFFFFFFFFFFFF");
        assertThat(ecid.hex()).isEqualTo("FFFFFFFFFFFFFFFF");
    }

    @Test
    void rejectsWhatIsNotAnEcid() {
        assertThatThrownBy(() -> Ecid.parse("ECID please"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ECID");
        assertThatThrownBy(() -> Ecid.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ecid.parse("0x1FFFFFFFFFFFFFFFF")).isInstanceOf(IllegalArgumentException.class);
    }
}
