package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the bench's snapshot says to the queue and to an automatic retry. */
class DevicePresenceTest {

    private static final Ecid PHONE = new Ecid(0x00AB_0000_0000_0007L);
    private static final Slot SEVEN = new Slot("1-1.7", "7");

    private BenchSnapshot bench = BenchSnapshot.empty(ServiceState.AVAILABLE);
    private final DevicePresence presence = DevicePresence.onBench(new DeviceWatcher() {
        @Override
        public void start(Consumer<BenchSnapshot> listener) {
        }

        @Override
        public BenchSnapshot current() {
            return bench;
        }

        @Override
        public void close() {
        }
    });

    @Test
    void aDeviceTheStationCannotReadIsNotRestorableAndAnAbsentOneNeither() {
        assertThat(presence.restorable(PHONE, SEVEN)).isFalse();
        show(new Slot("1-1.7", "7"), DeviceMode.UNKNOWN);
        assertThat(presence.present(PHONE, SEVEN)).isTrue();
        assertThat(presence.restorable(PHONE, SEVEN)).isFalse();
        for (DeviceMode mode : List.of(DeviceMode.DFU, DeviceMode.RECOVERY, DeviceMode.NORMAL, DeviceMode.RESTORE)) {
            show(SEVEN, mode);
            assertThat(presence.restorable(PHONE, SEVEN)).as(mode.label()).isTrue();
        }
    }

    @Test
    void aRetryWaitsForTheDeviceInRecoveryOrDfuInItsOwnSlot() {
        show(SEVEN, DeviceMode.NORMAL);
        assertThat(presence.backForRetry(PHONE, SEVEN)).isFalse();
        show(new Slot("1-1.3", "3"), DeviceMode.RECOVERY);
        assertThat(presence.backForRetry(PHONE, SEVEN)).as("in another slot").isFalse();
        show(SEVEN, DeviceMode.RECOVERY);
        assertThat(presence.backForRetry(PHONE, SEVEN)).isTrue();
        show(SEVEN, DeviceMode.DFU);
        assertThat(presence.backForRetry(PHONE, SEVEN)).isTrue();
    }

    private void show(Slot slot, DeviceMode mode) {
        bench = new BenchSnapshot(List.of(new DeviceSnapshot(slot, mode, PHONE, null, "iPhone10,1", "iPhone 8", null)),
                ServiceState.AVAILABLE, Instant.now());
    }
}
