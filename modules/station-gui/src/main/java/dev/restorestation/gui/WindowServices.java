package dev.restorestation.gui;

import dev.restorestation.core.device.ButtonGuides;
import dev.restorestation.core.device.PortPower;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.EngineLogReader;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.settings.SettingsStore;
import dev.restorestation.core.task.TaskExecutor;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything the window is given: ports only, never adapters.
 *
 * @param firmware     what the bench's restores use: the latest signed build, or (demo) a local file
 * @param onFirstFrame told when the first frame was painted
 * @param onClosed     called once the window is closed and the settings are saved
 */
public record WindowServices(String version, boolean demo, String dataDirectory, DeviceWatcher bench,
                             SlotLabels slots, TaskExecutor tasks, SettingsStore settings, EngineProbe engine, RestoreService restores,
                             AttemptLog attempts, EngineLogReader logReader, FirmwareChoice firmware, ShopViews shop, ButtonGuides guides, PortPower power,
                             Consumer<Instant> onFirstFrame, Runnable onClosed) {

    public WindowServices {
        Objects.requireNonNull(bench, "bench");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(restores, "restores");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(logReader, "logReader");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(guides, "guides");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(onFirstFrame, "onFirstFrame");
        Objects.requireNonNull(onClosed, "onClosed");
    }
}
