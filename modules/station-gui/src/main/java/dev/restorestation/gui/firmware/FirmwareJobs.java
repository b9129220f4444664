package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.CachedFirmware;
import dev.restorestation.core.firmware.CatalogBuild;
import dev.restorestation.core.firmware.FirmwareLibrary;
import dev.restorestation.core.task.BackgroundTask;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.task.TaskHandle;
import dev.restorestation.gui.LatestOnly;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts downloads, imports and verifications in the background and keeps a row for each in the
 * jobs panel until it ends. A paused download keeps its part and resumes from there.
 */
final class FirmwareJobs {

    private final FirmwareLibrary library;
    private final TaskExecutor tasks;
    private final JobsPanel panel;
    private final Runnable onCacheChanged;
    private final Consumer<String> onMessage;
    private final Map<String, TaskHandle<CachedFirmware>> running = new HashMap<>();
    private final Set<String> pausing = new HashSet<>();

    FirmwareJobs(FirmwareLibrary library, TaskExecutor tasks, JobsPanel panel, Runnable onCacheChanged,
                 Consumer<String> onMessage) {
        this.library = library;
        this.tasks = tasks;
        this.panel = panel;
        this.onCacheChanged = onCacheChanged;
        this.onMessage = onMessage;
    }

    JobsPanel panel() {
        return panel;
    }

    /** Downloads {@code build} for {@code productType}; a second request for the same build shows the first. */
    void download(String productType, CatalogBuild build) {
        UiThread.requireEdt();
        String key = "download-" + productType + "-" + build.build();
        if (running.containsKey(key)) {
            onMessage.accept(Texts.text("jobs.alreadyDownloading", build.build(), productType));
            return;
        }
        JobRow row = panel.row(key).orElseGet(() -> {
            JobRow fresh = new JobRow(key, Texts.text("jobs.downloading", build.version(), build.build(), productType), true);
            fresh.onPause(e -> pauseOrResume(key, productType, build));
            fresh.onStop(e -> stop(key));
            panel.add(key, fresh);
            return fresh;
        });
        AtomicReference<Progress> last = new AtomicReference<>();
        row.showProgress(-1, Texts.text("jobs.starting"));
        start(key, row, "download " + build.build(), last,
                context -> library.fetch(productType, build.build(), context), () -> JobText.paused(last.get()));
    }

    void importFile(Path ipsw) {
        UiThread.requireEdt();
        String key = "import-" + ipsw.toAbsolutePath();
        if (running.containsKey(key)) {
            return;
        }
        panel.remove(key);
        JobRow row = new JobRow(key, Texts.text("jobs.importing", ipsw.getFileName().toString()), false);
        row.onStop(e -> stop(key));
        panel.add(key, row);
        start(key, row, "import " + ipsw.getFileName(), new AtomicReference<>(),
                context -> library.importFile(ipsw, context), () -> "");
    }

    void verify(CachedFirmware build) {
        UiThread.requireEdt();
        String key = "verify-" + build.sha256();
        if (running.containsKey(key)) {
            return;
        }
        panel.remove(key);
        JobRow row = new JobRow(key, Texts.text("jobs.verifying", build.version(), build.build()), false);
        row.onStop(e -> stop(key));
        panel.add(key, row);
        start(key, row, "verify " + build.build(), new AtomicReference<>(),
                context -> library.verify(build.sha256(), context), () -> "");
    }

    /** Runs {@code work}; its progress reaches the row merged, and {@code last} keeps the latest for a pause. */
    private void start(String key, JobRow row, String name, AtomicReference<Progress> last,
                       BackgroundTask<CachedFirmware> work, Supplier<String> pausedText) {
        LatestOnly<Progress> steps = new LatestOnly<>(p -> {
            if (running.containsKey(key) && !pausing.contains(key)) {
                row.showProgress(p.fraction(), JobText.step(p));
            }
        });
        AtomicReference<TaskHandle<CachedFirmware>> started = new AtomicReference<>();
        TaskHandle<CachedFirmware> handle = UiTask.run(tasks, name, work, p -> {
            last.set(p);
            steps.offer(p);
        }, done -> {
            running.remove(key, started.get());
            panel.remove(key);
            onMessage.accept(finished(key, done));
            onCacheChanged.run();
        }, failure -> {
            running.remove(key, started.get());
            if (failure instanceof CancellationException) {
                if (pausing.remove(key)) {
                    row.showPaused(pausedText.get());
                } else {
                    panel.remove(key);
                }
            } else {
                row.showFailed(UiTask.describe(failure));
                onCacheChanged.run();
            }
        });
        started.set(handle);
        // a task done already (the same-thread executor) has had its outcome shown: it is not running
        if (!handle.result().isDone()) {
            running.put(key, handle);
        }
    }

    private void pauseOrResume(String key, String productType, CatalogBuild build) {
        TaskHandle<CachedFirmware> handle = running.get(key);
        JobRow row = panel.row(key).orElseThrow();
        if (handle != null) {
            pausing.add(key);
            row.showPaused(Texts.text("jobs.pausing"));
            handle.cancel();
        } else {
            download(productType, build);
        }
    }

    private void stop(String key) {
        TaskHandle<CachedFirmware> handle = running.get(key);
        if (handle == null) {
            panel.remove(key);
            return;
        }
        panel.row(key).ifPresent(row -> row.showProgress(-1, Texts.text("jobs.stopping")));
        handle.cancel();
    }

    private static String finished(String key, CachedFirmware build) {
        String what = Texts.text("firmware.build", build.version(), build.build());
        if (key.startsWith("verify-")) {
            return Texts.text("jobs.verified", what);
        }
        return Texts.text("jobs.cached", what);
    }

}
