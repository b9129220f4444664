package dev.restorestation.core.restore;

import java.util.concurrent.CompletableFuture;

/** One submitted restore job. */
public interface RestoreHandle {

    RestoreRequest request();

    /** Completes when the job ended; never exceptionally for a failed restore (that is a {@link RestoreResult.Failed}). */
    CompletableFuture<RestoreResult> result();

    /** Stops the job: a queued job never starts, a running engine is stopped with everything it started. */
    void cancel();
}
