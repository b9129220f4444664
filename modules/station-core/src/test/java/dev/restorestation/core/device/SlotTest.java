package dev.restorestation.core.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotTest {

    @Test
    void benchListsSlotsInTheOrderATechnicianCounts() {
        DeviceSnapshot ten = device("1-1.10", "10");
        DeviceSnapshot two = device("1-1.2", "2");
        DeviceSnapshot spare = device("2-1", "spare");
        DeviceSnapshot one = device("1-1.1", "1");

        BenchSnapshot bench = new BenchSnapshot(List.of(ten, spare, two, one), ServiceState.AVAILABLE, Instant.now());

        assertThat(bench.devices()).extracting(d -> d.slot().label()).containsExactly("1", "2", "10", "spare");
    }

    private static DeviceSnapshot device(String path, String label) {
        return new DeviceSnapshot(new Slot(path, label), DeviceMode.DFU, null, null, null, "iPhone", null);
    }
}
