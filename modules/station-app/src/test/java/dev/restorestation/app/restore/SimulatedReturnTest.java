package dev.restorestation.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.restore.job.DeviceReturn;
import org.junit.jupiter.api.Test;

/**
 * The simulated bench brings a restored device back through the same ports as the real one: the
 * bench snapshot shows it in Normal mode in its slot, and the read-back answers for it.
 */
class SimulatedReturnTest {

    @Test
    void aDeviceIsBackOnlyInNormalModeInItsOwnSlotAndSaysTheBuildItRuns() throws Exception {
        try (SimulatedBench bench = SimulatedBench.demo(DeviceCatalog.bundled(), 3)) {
            DeviceReturn comeBack = DeviceReturn.onBench(bench, bench);
            DeviceSnapshot dfu = bench.devices().get(2);
            DeviceSnapshot neighbour = bench.devices().get(1);

            assertThat(comeBack.back(dfu.ecid(), dfu.slot())).as("still in DFU: not back").isEmpty();

            bench.cameBack(dfu.ecid(), "22A3", "Activated");

            assertThat(comeBack.back(dfu.ecid(), neighbour.slot())).as("not in another slot").isEmpty();
            assertThat(comeBack.back(dfu.ecid(), dfu.slot())).hasValueSatisfying(facts -> {
                assertThat(facts.buildVersion()).isEqualTo("22A3");
                assertThat(facts.activationState()).isEqualTo("Activated");
                assertThat(facts.productType()).isEqualTo(dfu.productType());
            });
        }
    }
}
