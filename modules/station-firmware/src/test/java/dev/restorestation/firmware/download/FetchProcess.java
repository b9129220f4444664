package dev.restorestation.firmware.download;

import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.store.CachedBuild;
import java.net.URI;
import java.nio.file.Path;

/**
 * A second station process for the tests: fetches one build into a shared cache folder.
 * Args: cache folder, catalog mirror URL, product type, build, its seal file.
 */
public final class FetchProcess {

    private FetchProcess() {
    }

    public static void main(String[] args) throws Exception {
        StationFirmwareCache cache = StationFirmwareCache.open(Path.of(args[0]), Path.of(args[4]), URI.create(args[1]), 0);
        TaskContext context = new TaskContext() {
            @Override
            public void progress(Progress progress) {
                if (progress.step().startsWith("waiting")) {
                    System.out.println(progress.step());
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        System.out.println("pid " + ProcessHandle.current().pid() + " fetching");
        CachedBuild entry = cache.fetch(args[2], args[3], context);
        System.out.println("fetched " + entry.sha1());
    }
}
