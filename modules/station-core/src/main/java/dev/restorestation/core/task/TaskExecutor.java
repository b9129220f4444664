package dev.restorestation.core.task;

import java.util.function.Consumer;

/**
 * Port: the one way the station runs background work. The window and the command line use it
 * for everything that touches I/O; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Runs {@code task} in the background.
     *
     * @param onProgress called on the task's thread with each progress report
     */
    <T> TaskHandle<T> submit(String name, BackgroundTask<T> task, Consumer<Progress> onProgress);

    default <T> TaskHandle<T> submit(String name, BackgroundTask<T> task) {
        return submit(name, task, progress -> { });
    }

    /** Cancels what still runs and stops accepting work. */
    @Override
    void close();
}
