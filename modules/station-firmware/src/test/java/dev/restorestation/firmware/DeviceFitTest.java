package dev.restorestation.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.restore.RestoreKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceFitTest {

    private final FirmwareBuild build = new FirmwareBuild("23C71", "26.2.1", List.of("iPhone13,2", "iPhone13,3"));
    private final List<BuildIdentity> identities = List.of(
            new BuildIdentity(0x8101, 0x0C, "d53gap", "Erase", "Customer Erase Install (IPSW)"),
            new BuildIdentity(0x8101, 0x0C, "d53gap", "Update", "Customer Upgrade Install (IPSW)"),
            new BuildIdentity(0x8101, 0x0E, "d53pap", "Erase", "Customer Erase Install (IPSW)"),
            new BuildIdentity(0x8101, 0x0E, "d53pap", "", "Research Customer Erase Install (IPSW)"));

    @Test
    void aSupportedBoardGetsItsEraseAndUpdateIdentities() {
        DeviceFit fit = DeviceFit.of(build, identities, "iPhone13,2", 0x8101, 0x0C);

        assertThat(fit.restores(RestoreKind.ERASE)).isTrue();
        assertThat(fit.restores(RestoreKind.UPDATE)).isTrue();
        assertThat(fit.update()).contains(identities.get(1));
    }

    @Test
    void aBoardWithOnlyAnEraseIdentityCannotBeUpdated() {
        DeviceFit fit = DeviceFit.of(build, identities, "iPhone13,3", 0x8101, 0x0E);

        assertThat(fit.erase()).contains(identities.get(2));
        assertThat(fit.restores(RestoreKind.UPDATE)).isFalse();
    }

    @Test
    void anotherProductTypeOrBoardIsNotRestored() {
        assertThat(DeviceFit.of(build, identities, "iPhone14,2", 0x8101, 0x0C).restores(RestoreKind.ERASE)).isFalse();
        assertThat(DeviceFit.of(build, identities, "iPhone13,2", 0x8110, 0x0C).restores(RestoreKind.ERASE)).isFalse();
    }
}
