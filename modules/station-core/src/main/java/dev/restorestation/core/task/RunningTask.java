package dev.restorestation.core.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The state of one submitted task, shared by both executors. */
final class RunningTask<T> implements TaskHandle<T>, TaskContext {

    private final String name;
    private final BackgroundTask<T> task;
    private final Consumer<Progress> onProgress;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile Progress progress = Progress.of("waiting");
    private volatile boolean cancelled;
    private volatile Thread runner;

    RunningTask(String name, BackgroundTask<T> task, Consumer<Progress> onProgress) {
        this.name = name;
        this.task = task;
        this.onProgress = onProgress;
    }

    void runHere() {
        if (cancelled) {
            result.cancel(false);
            return;
        }
        runner = Thread.currentThread();
        try {
            result.complete(task.run(this));
        } catch (CancellationException e) {
            result.cancel(false);
        } catch (InterruptedException e) {
            if (cancelled) {
                result.cancel(false);
            } else {
                result.completeExceptionally(e);
            }
        } catch (Throwable e) {
            result.completeExceptionally(e);
        } finally {
            runner = null;
            if (cancelled) {
                Thread.interrupted();
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletableFuture<T> result() {
        return result;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    @Override
    public void cancel() {
        cancelled = true;
        Thread thread = runner;
        if (thread != null) {
            thread.interrupt();
        } else {
            result.cancel(false);
        }
    }

    @Override
    public void progress(Progress update) {
        progress = update;
        onProgress.accept(update);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
