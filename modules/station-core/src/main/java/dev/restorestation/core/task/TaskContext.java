package dev.restorestation.core.task;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Handed to a running task: report progress, notice cancellation. */
public interface TaskContext {

    void progress(Progress progress);

    boolean isCancelled();

    /** Throws {@link CancellationException} once the task was cancelled; call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** Reports nowhere and is never cancelled: for work whose caller tells its own progress. */
    static TaskContext quiet() {
        return reporting(progress -> {
            // the caller reports
        });
    }

    /** Hands every report to {@code progress} and is never cancelled. */
    static TaskContext reporting(Consumer<Progress> progress) {
        return new TaskContext() {
            @Override
            public void progress(Progress report) {
                progress.accept(report);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
