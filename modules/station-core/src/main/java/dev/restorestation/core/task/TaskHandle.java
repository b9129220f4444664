package dev.restorestation.core.task;

import java.util.concurrent.CompletableFuture;

/** A submitted task: its eventual result, its latest progress, and a way to stop it. */
public interface TaskHandle<T> {

    String name();

    /** Completes with the task's value, exceptionally with its failure, or cancelled. */
    CompletableFuture<T> result();

    Progress progress();

    /** Asks the task to stop: it sees {@link TaskContext#isCancelled()} and its thread is interrupted. */
    void cancel();
}
