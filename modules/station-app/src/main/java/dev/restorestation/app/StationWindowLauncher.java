package dev.restorestation.app;

import dev.restorestation.app.cli.StationException;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.gui.StationWindow;
import dev.restorestation.gui.WindowServices;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the window to the real (or, with {@code --demo}, simulated) bench and engine. */
final class StationWindowLauncher {

    /** Set by the first-frame benchmark: print when the first frame was painted and exit. */
    static final String FIRST_FRAME_EXIT = "station.firstFrameExit";

    private static final Logger LOG = LoggerFactory.getLogger(StationWindowLauncher.class);

    private StationWindowLauncher() {
    }

    static void open(Station station, boolean demo) {
        DataDirectory data = station.dataDirectory();
        SettingsStore settings = new SettingsFile(data.settingsFile());
        StationServices services;
        try {
            services = demo ? DemoStation.open(data) : StationServices.shop(data, settings.load());
        } catch (IOException e) {
            throw new StationException("cannot open the station: " + e.getMessage());
        }
        TaskExecutor tasks = new ThreadPoolTaskExecutor("station-task", 4);
        LOG.info("opening the station window{} on {}", demo ? " (demo bench)" : "", data.root());
        StationWindow.open(new WindowServices(StationVersion.get(), demo, data.root().toString(), services.bench(),
                tasks, settings, services.engine(), services.restores(), services.history().attemptLog(),
                services.firmwareChoice(), services.shopViews(), firstFrame(), () -> {
                    tasks.close();
                    services.close();
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
}
