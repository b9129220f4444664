package dev.restorestation.core.task;

import java.util.function.Consumer;

/** Runs each task at once on the caller's thread: deterministic, for tests and one-shot commands. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle<T> submit(String name, BackgroundTask<T> task, Consumer<Progress> onProgress) {
        RunningTask<T> handle = new RunningTask<>(name, task, onProgress);
        handle.runHere();
        return handle;
    }

    @Override
    public void close() {
        // nothing runs after submit returns
    }
}
