package dev.restorestation.restore.job;

import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One requested restore as its requester sees it: the first job, and when it fails in a way the
 * {@link RetryPolicy} retries, one more job once the device is back in Recovery or DFU mode in its
 * slot. The result is the last job's; cancelling stops whichever job or wait is current.
 */
final class RetryingRestore implements RestoreHandle {

    private final RestoreRequest request;
    private final Consumer<RestoreUpdate> updates;
    private final CompletableFuture<RestoreResult> result = new CompletableFuture<>();
    private RestoreJob current;
    private boolean cancelled;

    RetryingRestore(RestoreRequest request, Consumer<RestoreUpdate> updates) {
        this.request = request;
        this.updates = updates;
    }

    /**
     * Follows the first job; a failure the policy retries waits (on the caller's thread pool) for
     * the device, then starts the retry through {@code start}.
     *
     * @param waitForDevice blocks until the device is back, false when it did not come back in time
     */
    void follow(RestoreJobs.Started first, RetryPolicy policy, Function<Runnable, Boolean> inBackground,
                WaitForDevice waitForDevice, Function<RestoreRequest, RestoreJobs.Started> start) {
        synchronized (this) {
            current = first.job();
        }
        first.recorded().whenComplete((ended, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else if (ended instanceof RestoreResult.Failed failed && policy.retries(failed) && !isCancelled()) {
                boolean scheduled = inBackground.apply(() -> retry(failed, waitForDevice, start));
                if (!scheduled) {
                    result.complete(ended);
                }
            } else {
                result.complete(ended);
            }
        });
    }

    private void retry(RestoreResult.Failed failed, WaitForDevice waitForDevice,
                       Function<RestoreRequest, RestoreJobs.Started> start) {
        updates.accept(new RestoreUpdate(request.ecid(), RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1,
                "Waiting for the device in Recovery or DFU mode to try again"));
        boolean back;
        try {
            back = waitForDevice.await(this::isCancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            back = false;
        }
        RestoreJobs.Started second;
        synchronized (this) {
            if (!back || cancelled) {
                result.complete(failed);
                return;
            }
            second = start.apply(request.automaticRetry());
            current = second.job();
        }
        second.recorded().whenComplete((ended, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(ended);
            }
        });
    }

    private synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public RestoreRequest request() {
        return request;
    }

    @Override
    public CompletableFuture<RestoreResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        RestoreJob job;
        synchronized (this) {
            cancelled = true;
            job = current;
        }
        job.cancel();
    }

    /** Waits for the device to be back; gives up when {@code stop} says so. */
    @FunctionalInterface
    interface WaitForDevice {
        boolean await(BooleanSupplier stop) throws InterruptedException;
    }
}
