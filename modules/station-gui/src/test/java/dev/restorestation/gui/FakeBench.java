package dev.restorestation.gui;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A bench the test controls: it publishes exactly the snapshots the test hands it. */
final class FakeBench implements DeviceWatcher {

    private volatile Consumer<BenchSnapshot> listener = bench -> { };
    private volatile BenchSnapshot current = BenchSnapshot.empty(ServiceState.UNAVAILABLE);

    static BenchSnapshot benchOf(int devices) {
        List<DeviceSnapshot> list = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            list.add(new DeviceSnapshot(new Slot("1-1." + i, Integer.toString(i)), DeviceMode.values()[i % 4],
                    new Ecid(0x1A2B3C4D5E6F00L + i), null, "iPhone14,2", "iPhone 13 Pro", null));
        }
        return new BenchSnapshot(list, ServiceState.AVAILABLE, Instant.now());
    }

    void publish(BenchSnapshot bench) {
        current = bench;
        listener.accept(bench);
    }

    @Override
    public void start(Consumer<BenchSnapshot> newListener) {
        listener = newListener;
        newListener.accept(current);
    }

    @Override
    public BenchSnapshot current() {
        return current;
    }

    @Override
    public void close() {
    }
}
