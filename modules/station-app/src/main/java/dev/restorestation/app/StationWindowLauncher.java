package dev.restorestation.app;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.gui.StationWindow;
import dev.restorestation.gui.WindowServices;
import dev.restorestation.restore.IdevicerestoreProbe;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the window to the real (or, with {@code --demo}, simulated) bench and engine. */
final class StationWindowLauncher {

    /** Set by the first-frame benchmark: print when the first frame was painted and exit. */
    static final String FIRST_FRAME_EXIT = "station.firstFrameExit";
    static final int DEMO_DEVICES = 12;

    private static final Logger LOG = LoggerFactory.getLogger(StationWindowLauncher.class);

    private StationWindowLauncher() {
    }

    static void open(Station station, boolean demo) {
        DataDirectory data = station.dataDirectory();
        SettingsStore settings = new SettingsFile(data.settingsFile());
        TaskExecutor tasks = new ThreadPoolTaskExecutor("station-task", 4);
        DeviceWatcher bench = demo ? SimulatedBench.demo(DeviceCatalog.bundled(), DEMO_DEVICES) : new UnwatchedBench();
        EngineProbe engine = demo
                ? () -> new EngineStatus("simulated engine", "", ServiceState.SIMULATED, "--demo: no device is touched")
                : new IdevicerestoreProbe(settings.load().enginePath(), System.getenv("PATH"));
        LOG.info("opening the station window{} on {}", demo ? " (demo bench)" : "", data.root());
        StationWindow.open(new WindowServices(StationVersion.get(), demo, data.root().toString(), bench, tasks,
                settings, engine, firstFrame(), () -> {
                    bench.close();
                    tasks.close();
                    System.exit(0);
                }));
    }

    private static Consumer<Instant> firstFrame() {
        return paintedAt -> {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("first frame painted {} ms after the JVM started", paintedAt.toEpochMilli() - jvmStart);
            if (Boolean.getBoolean(FIRST_FRAME_EXIT)) {
                System.out.println("first-frame-at " + paintedAt.toEpochMilli());
                System.exit(0);
            }
        };
    }

    /** The bench before USB watching is wired in: no devices, usbmuxd not yet checked. */
    private static final class UnwatchedBench implements DeviceWatcher {
        @Override
        public void start(Consumer<BenchSnapshot> listener) {
            listener.accept(current());
        }

        @Override
        public BenchSnapshot current() {
            return BenchSnapshot.empty(ServiceState.UNKNOWN);
        }

        @Override
        public void close() {
        }
    }
}
