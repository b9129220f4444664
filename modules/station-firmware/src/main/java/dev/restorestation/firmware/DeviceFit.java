package dev.restorestation.firmware;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.restore.RestoreKind;
import java.util.List;
import java.util.Optional;

/**
 * Whether one IPSW can restore one device, and with which identity for an Erase and for an
 * Update (a build may offer only one of them for a board).
 */
public record DeviceFit(boolean productTypeSupported, Optional<BuildIdentity> erase, Optional<BuildIdentity> update) {

    public static DeviceFit of(FirmwareBuild build, List<BuildIdentity> identities, String productType,
                               int chipId, int boardId) {
        return new DeviceFit(build.supports(productType),
                find(identities, chipId, boardId, RestoreKind.ERASE),
                find(identities, chipId, boardId, RestoreKind.UPDATE));
    }

    public boolean restores(RestoreKind kind) {
        return productTypeSupported && (kind == RestoreKind.ERASE ? erase : update).isPresent();
    }

    private static Optional<BuildIdentity> find(List<BuildIdentity> identities, int chipId, int boardId, RestoreKind kind) {
        return identities.stream().filter(identity -> identity.restores(chipId, boardId, kind)).findFirst();
    }
}
