package dev.restorestation.gui;

import dev.restorestation.core.task.BackgroundTask;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.task.TaskHandle;
import dev.restorestation.core.text.NetworkFailure;
import dev.restorestation.core.text.Wording;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The one way the window does background work: {@code work} runs on the station's task threads,
 * then {@code onSuccess} or {@code onFailure} runs on the event thread.
 */
public final class UiTask {

    private UiTask() {
    }

    public static <T> TaskHandle<T> run(TaskExecutor tasks, String name, BackgroundTask<T> work,
                                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return run(tasks, name, work, progress -> { }, onSuccess, onFailure);
    }

    /**
     * @param onProgress called on the task's thread with each progress report
     * @param onFailure  given the failure itself, unwrapped from the future's wrapping
     */
    public static <T> TaskHandle<T> run(TaskExecutor tasks, String name, BackgroundTask<T> work,
                                        Consumer<Progress> onProgress, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        TaskHandle<T> handle = tasks.submit(name, work, onProgress);
        handle.result().whenComplete((value, failure) -> UiThread.run(() -> {
            if (failure == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(cause(failure));
            }
        }));
        return handle;
    }

    /**
     * What went wrong in one line, as the adapters word it (in the station's language where they
     * can: {@link Throwable#getLocalizedMessage()}); the JDK's network failures in words rather than
     * its class names; any other failure without a message is named by its kind.
     */
    public static String describe(Throwable failure) {
        Throwable cause = cause(failure);
        Optional<Wording> network = NetworkFailure.ofJdk(cause);
        if (network.isPresent()) {
            return network.get().text();
        }
        String message = cause.getLocalizedMessage();
        if (message == null || message.isBlank()) {
            return kind(cause);
        }
        return message.lines().filter(line -> !line.isBlank()).findFirst().orElse(kind(cause)).strip();
    }

    /** The failure inside a future's wrapping. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String kind(Throwable cause) {
        return cause.getClass().getSimpleName();
    }
}
