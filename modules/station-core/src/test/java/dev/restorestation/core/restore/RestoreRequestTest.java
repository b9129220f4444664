package dev.restorestation.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.BoardId;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreRequestTest {

    private static final DeviceSnapshot DEVICE = new DeviceSnapshot(new Slot("1-1", "1"), DeviceMode.DFU,
            Ecid.parse("0x1A2B3C"), null, "iPhone10,1", "iPhone 8", null);

    @Test
    void eachNamedPartLandsWhereItIsNamed() {
        RestoreRequest request = RestoreRequest.of(DEVICE, new Ticket("T-7"), new FirmwareChoice.Build("20H350"),
                        RestoreKind.ERASE)
                .board(new BoardId(0x8015, 0x02))
                .customerNote("cracked")
                .checkSigning(true)
                .technician("ana")
                .fixesApplied(List.of("cable-swap"))
                .build();

        assertThat(request).isEqualTo(new RestoreRequest(DEVICE, new BoardId(0x8015, 0x02),
                new Ticket("T-7"), "cracked", new FirmwareChoice.Build("20H350"), RestoreKind.ERASE, true, "ana",
                List.of("cable-swap")));
    }

    @Test
    void whatIsNotNamedIsEmpty() {
        RestoreRequest request = RestoreRequest.of(DEVICE, new Ticket("T-7"), new FirmwareChoice.LatestSigned(),
                RestoreKind.UPDATE).build();

        assertThat(request.board()).isNull();
        assertThat(request.customerNote()).isNull();
        assertThat(request.checkSigning()).isFalse();
        assertThat(request.technician()).isEmpty();
        assertThat(request.fixesApplied()).isEmpty();
    }

    @Test
    void aDeviceWithoutItsEcidIsStillRefused() {
        DeviceSnapshot unknown = new DeviceSnapshot(new Slot("1-2", "2"), DeviceMode.DFU, null, null, null, "iPhone", null);

        assertThatThrownBy(() -> RestoreRequest.of(unknown, new Ticket("T-7"), new FirmwareChoice.LatestSigned(),
                RestoreKind.UPDATE).build()).hasMessageContaining("has not told its ECID");
    }
}
