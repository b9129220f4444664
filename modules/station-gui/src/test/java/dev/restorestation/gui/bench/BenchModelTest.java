package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.ticket.Ticket;
import java.awt.EventQueue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchModelTest {

    private final Slot slot = new Slot("1-1.4", "4");
    private final Ecid ecid = new Ecid(0xABCDEF);

    @Test
    void aDeviceChangingModeKeepsItsTicketAndJob() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.DFU));
            model.update(slot.portPath(), tile -> tile.withTicket(new Ticket("R-4")));

            model.applyBench(bench(DeviceMode.RECOVERY));

            SlotTile tile = model.tile(slot.portPath()).orElseThrow();
            assertThat(tile.device().mode()).isEqualTo(DeviceMode.RECOVERY);
            assertThat(tile.ticket()).isEqualTo(new Ticket("R-4"));
        });
    }

    @Test
    void aDevicePulledMidRestoreLeavesItsTileBehind() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.RESTORE));
            RestoreUpdate update = new RestoreUpdate(ecid, RestorePhase.RESTORING, RestoreStep.UPLOAD_FILESYSTEM, 0.5, "");
            model.updateDevice(ecid, tile -> tile.withJob(new JobState.Running(RestoreKind.UPDATE, Instant.now(), update)));

            model.applyBench(new BenchSnapshot(List.of(), ServiceState.AVAILABLE, Instant.now()));

            assertThat(model.tiles()).hasSize(1);
            assertThat(model.tiles().get(0).present()).isFalse();
            assertThat(model.tiles().get(0).job().active()).isTrue();
        });
    }

    @Test
    void anIdleDeviceThatLeavesTakesItsTileWithIt() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.DFU));
            model.applyBench(new BenchSnapshot(List.of(), ServiceState.AVAILABLE, Instant.now()));
            assertThat(model.tiles()).isEmpty();
        });
    }

    @Test
    void anotherPhoneInTheSlotGetsAFreshTileAndTheOldTicketIsHandedBack() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.NORMAL));
            model.update(slot.portPath(), tile -> tile.withTicket(new Ticket("R-4")).withJob(new JobState.Cancelled(7)));
            model.applyBench(new BenchSnapshot(List.of(), ServiceState.AVAILABLE, Instant.now()));

            Ecid other = new Ecid(0x123456);
            List<SlotTile> replaced = model.applyBench(bench(DeviceMode.DFU, other));

            assertThat(replaced).extracting(SlotTile::ticket).containsExactly(new Ticket("R-4"));
            SlotTile tile = model.tile(slot.portPath()).orElseThrow();
            assertThat(tile.ticket()).isNull();
            assertThat(tile.job()).isInstanceOf(JobState.Idle.class);
            assertThat(model.updateDevice(ecid, t -> t.withTicket(new Ticket("R-9")))).as("the old phone has no tile").isFalse();
        });
    }

    @Test
    void theSamePhoneBackOrAPhoneNotYetKnownKeepsTheTicket() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.NORMAL));
            model.update(slot.portPath(), tile -> tile.withTicket(new Ticket("R-4")));

            assertThat(model.applyBench(bench(DeviceMode.DFU, null))).isEmpty();
            assertThat(model.applyBench(bench(DeviceMode.RECOVERY, ecid))).isEmpty();

            assertThat(model.tile(slot.portPath()).orElseThrow().ticket()).isEqualTo(new Ticket("R-4"));
        });
    }

    @Test
    void aRunningJobKeepsItsTileWhateverIsPluggedIn() throws Exception {
        EventQueue.invokeAndWait(() -> {
            BenchModel model = new BenchModel();
            model.applyBench(bench(DeviceMode.RESTORE));
            RestoreUpdate update = new RestoreUpdate(ecid, RestorePhase.RESTORING, RestoreStep.UPLOAD_FILESYSTEM, 0.5, "");
            model.updateDevice(ecid, tile -> tile.withJob(new JobState.Running(RestoreKind.UPDATE, Instant.now(), update)));

            assertThat(model.applyBench(bench(DeviceMode.DFU, new Ecid(0x123456)))).isEmpty();

            assertThat(model.tile(slot.portPath()).orElseThrow().job().active()).isTrue();
        });
    }

    private BenchSnapshot bench(DeviceMode mode, Ecid phone) {
        return new BenchSnapshot(List.of(new DeviceSnapshot(slot, mode, phone, null, "iPhone10,3", "iPhone X", null)),
                ServiceState.AVAILABLE, Instant.now());
    }

    private BenchSnapshot bench(DeviceMode mode) {
        return new BenchSnapshot(List.of(new DeviceSnapshot(slot, mode, ecid, null, "iPhone10,3", "iPhone X", null)),
                ServiceState.AVAILABLE, Instant.now());
    }
}
