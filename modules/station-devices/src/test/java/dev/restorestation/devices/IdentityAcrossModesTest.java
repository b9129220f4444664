package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A phone walks DFU → Recovery → Restore → Normal on the simulated bench, re-enumerating each time
 * with a new USB address and usbmuxd id, and must stay one tile with one identity.
 */
class IdentityAcrossModesTest {

    private final DeviceCatalog catalog = DeviceCatalog.bundled();

    @Test
    void aRecentPhoneKeepsItsTileThroughARestore() throws Exception {
        Slot slot = SimulatedBench.slot(3);
        Ecid ecid = new Ecid(0x00123C1901F2401EL);
        try (SimulatedBench bench = new SimulatedBench(catalog)) {
            BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
            bench.start(published::add);
            bench.attach(new DeviceSnapshot(slot, DeviceMode.DFU, ecid, null, "iPhone14,2", "ignored", null));

            for (DeviceMode mode : List.of(DeviceMode.RECOVERY, DeviceMode.RESTORE, DeviceMode.NORMAL)) {
                bench.changeMode(slot, mode);
            }
            List<DeviceSnapshot> tiles = drain(published, 5);

            assertThat(tiles).extracting(DeviceSnapshot::mode)
                    .containsExactly(DeviceMode.DFU, DeviceMode.RECOVERY, DeviceMode.RESTORE, DeviceMode.NORMAL);
            assertThat(tiles).allSatisfy(tile -> {
                assertThat(tile.slot()).isEqualTo(slot);
                assertThat(tile.ecid()).isEqualTo(ecid);
                assertThat(tile.productType()).isEqualTo("iPhone14,2");
                assertThat(tile.name()).isEqualTo("iPhone 13 Pro");
            });
            assertThat(tiles.get(0).udid()).isNull();
            assertThat(tiles.get(3).udid()).isEqualTo("00008110-00123C1901F2401E");
            assertThat(tiles.get(0).serialNumber()).as("DFU does not tell it").isNull();
            String serial = tiles.get(1).serialNumber();
            assertThat(serial).as("Recovery tells it (SRNM)").matches("F[0-9A-Z]{1,11}");
            assertThat(tiles.subList(1, 4)).extracting(DeviceSnapshot::serialNumber).containsOnly(serial);
        }
    }

    @Test
    void anOlderPhoneKeepsItsEcidByItsSlot() throws Exception {
        Slot slot = SimulatedBench.slot(12);
        Ecid ecid = new Ecid(0x000A69822405E526L);
        try (SimulatedBench bench = new SimulatedBench(catalog)) {
            BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
            bench.start(published::add);
            bench.attach(new DeviceSnapshot(slot, DeviceMode.RECOVERY, ecid, null, "iPhone9,4", "ignored", null));
            bench.changeMode(slot, DeviceMode.NORMAL);
            List<DeviceSnapshot> tiles = drain(published, 3);

            DeviceSnapshot normal = tiles.get(1);
            assertThat(normal.mode()).isEqualTo(DeviceMode.NORMAL);
            assertThat(normal.udid()).as("pre-2018 UDID").hasSize(40);
            assertThat(normal.ecid()).isEqualTo(ecid);
            assertThat(normal.slot()).isEqualTo(slot);
            assertThat(normal.name()).isEqualTo("iPhone 7 Plus (GSM)");
        }
    }

    @Test
    void aPhoneSwappedInNormalModeDoesNotInheritTheEcid() throws Exception {
        Slot slot = SimulatedBench.slot(5);
        try (SimulatedBench bench = new SimulatedBench(catalog)) {
            bench.attach(new DeviceSnapshot(slot, DeviceMode.NORMAL, new Ecid(0x111L), null, "iPhone9,4", "x", null));
            bench.changeMode(slot, DeviceMode.RECOVERY);
            bench.changeMode(slot, DeviceMode.NORMAL);
            assertThat(bench.devices().get(0).ecid()).isEqualTo(new Ecid(0x111L));

            bench.detach(slot);
            bench.attach(new DeviceSnapshot(slot, DeviceMode.NORMAL, new Ecid(0x222L), null, "iPhone10,3", "x", null));
            assertThat(bench.devices().get(0).ecid()).as("another old phone, already in Normal mode").isNull();
            assertThat(bench.devices().get(0).productType()).isEqualTo("iPhone10,3");
        }
    }

    @Test
    void everyModeChangeReenumerates() {
        try (SimulatedBench bench = SimulatedBench.demo(catalog, 4)) {
            Slot slot = bench.devices().get(3).slot();
            assertThat(bench.devices().get(3).mode()).isEqualTo(DeviceMode.NORMAL);
            bench.changeMode(slot, DeviceMode.RECOVERY);
            bench.changeMode(slot, DeviceMode.NORMAL);
            assertThat(bench.devices()).hasSize(4);
            assertThat(bench.devices().get(3).ecid()).isEqualTo(SimulatedBench.demoEcid(4));
        }
    }

    private static List<DeviceSnapshot> drain(BlockingQueue<BenchSnapshot> published, int count) throws InterruptedException {
        List<DeviceSnapshot> tiles = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            BenchSnapshot bench = published.poll(5, TimeUnit.SECONDS);
            assertThat(bench).isNotNull();
            tiles.addAll(bench.devices());
        }
        return tiles;
    }
}
