package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotMapLabelsTest {

    @TempDir
    Path dir;

    @Test
    void calibrationLabelsEachNewlyUsedPortInTurnAndTheLabelsSurviveARestart() throws Exception {
        SlotMapLabels labels = new SlotMapLabels(SlotMap.load(dir));
        BenchSnapshot before = bench("1-3");
        SlotLabels.Calibration round = labels.calibrate(1, 2, before);
        assertThat(round.prompt()).isEqualTo("Plug a device into slot 1…");

        assertThat(round.observe(bench("1-3", "1-1.4"))).contains(new Slot("1-1.4", "1"));
        assertThat(round.prompt()).isEqualTo("Plug a device into slot 2…");
        assertThat(round.observe(bench("1-1.4"))).isEmpty();
        assertThat(round.observe(bench("1-1.4", "1-1.2"))).contains(new Slot("1-1.2", "2"));
        assertThat(round.done()).isTrue();

        assertThat(new SlotMapLabels(SlotMap.load(dir)).known())
                .containsExactly(new Slot("1-1.4", "1"), new Slot("1-1.2", "2"));
    }

    @Test
    void theDemoBenchKnowsItsTwelveSlots() {
        try (SimulatedBench bench = SimulatedBench.demo(DeviceCatalog.bundled(), 12)) {
            assertThat(bench.slotLabels().known()).hasSize(12).first().isEqualTo(SimulatedBench.slot(1));
        }
    }

    private static BenchSnapshot bench(String... ports) {
        List<DeviceSnapshot> devices = Arrays.stream(ports)
                .map(port -> new DeviceSnapshot(new Slot(port, port), DeviceMode.DFU, null, null, null, "iPhone", null))
                .toList();
        return new BenchSnapshot(devices, ServiceState.AVAILABLE, Instant.now());
    }
}
