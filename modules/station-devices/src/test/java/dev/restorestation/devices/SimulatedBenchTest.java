package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.ServiceState;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedBenchTest {

    private final DeviceCatalog catalog = DeviceCatalog.bundled();

    @Test
    void demoBenchHasMixedModesInNumberedSlots() {
        try (SimulatedBench bench = SimulatedBench.demo(catalog, 12)) {
            assertThat(bench.devices()).hasSize(12);
            assertThat(bench.devices()).extracting(d -> d.slot().label())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            assertThat(bench.devices()).extracting(DeviceSnapshot::mode)
                    .contains(DeviceMode.DFU, DeviceMode.RECOVERY, DeviceMode.RESTORE, DeviceMode.NORMAL);
            assertThat(bench.devices()).extracting(DeviceSnapshot::ecid).doesNotHaveDuplicates();
            assertThat(bench.current().usbmuxd()).isEqualTo(ServiceState.SIMULATED);
        }
    }

    @Test
    void publishesEveryChangeInOrder() throws Exception {
        BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
        try (SimulatedBench bench = SimulatedBench.demo(catalog, 3)) {
            bench.start(published::add);
            assertThat(published.poll(5, TimeUnit.SECONDS).devices()).hasSize(3);

            DeviceSnapshot first = bench.devices().get(0);
            bench.changeMode(first.slot(), DeviceMode.RECOVERY);
            bench.detach(bench.devices().get(2).slot());

            BenchSnapshot afterMode = published.poll(5, TimeUnit.SECONDS);
            assertThat(afterMode.devices().get(0).mode()).isEqualTo(DeviceMode.RECOVERY);
            assertThat(afterMode.devices().get(0).ecid()).isEqualTo(first.ecid());
            assertThat(published.poll(5, TimeUnit.SECONDS).devices()).hasSize(2);
        }
    }

    @Test
    void aRestoredDeviceComesBackInNormalModeInItsSlotAndSaysItsBuild() throws Exception {
        try (SimulatedBench bench = SimulatedBench.demo(catalog, 3)) {
            DeviceSnapshot dfu = bench.devices().get(2);
            assertThatThrownBy(() -> bench.read(dfu)).isInstanceOf(IOException.class).hasMessageContaining("not Normal");

            bench.cameBack(dfu.ecid(), "23B85", "Unactivated");

            DeviceSnapshot back = bench.devices().get(2);
            assertThat(back.mode()).isEqualTo(DeviceMode.NORMAL);
            assertThat(back.slot()).isEqualTo(dfu.slot());
            assertThat(back.ecid()).isEqualTo(dfu.ecid());
            assertThat(back.udid()).isNotNull();
            assertThat(bench.read(back)).isEqualTo(new DeviceFacts(dfu.productType(), null, "23B85", back.udid(),
                    "Unactivated"));
        }
    }

    @Test
    void holdsAtMost127Devices() {
        try (SimulatedBench bench = SimulatedBench.demo(catalog, SimulatedBench.MAX_DEVICES)) {
            assertThat(bench.devices()).hasSize(127);
            DeviceSnapshot extra = bench.devices().get(0);
            assertThatThrownBy(() -> bench.attach(new DeviceSnapshot(SimulatedBench.slot(128), DeviceMode.DFU,
                    extra.ecid(), null, extra.productType(), extra.name(), null)))
                    .hasMessageContaining("127");
        }
    }

    @Test
    void slotsSpreadOverTwoHubs() {
        assertThat(SimulatedBench.slot(1).portPath()).isEqualTo("1-1.1");
        assertThat(SimulatedBench.slot(8).portPath()).isEqualTo("2-1.1");
        assertThat(SimulatedBench.slot(15).portPath()).isEqualTo("3-1.1");
    }
}
