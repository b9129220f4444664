package dev.restorestation.restore.job;

import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The bench's restores: every submitted request becomes a job on its own background thread,
 * started when the limits of {@link RestoreLimits} allow, one job at a time per device.
 */
public final class RestoreJobs implements RestoreService {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

    private final RestoreSetup setup;
    private final BusGate gate;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("restore-job"));
    private final ScheduledExecutorService watches = Executors.newSingleThreadScheduledExecutor(daemons("restore-watch"));
    private final Set<RestoreJob> active = ConcurrentHashMap.newKeySet();

    public RestoreJobs(RestoreSetup setup) {
        this.setup = setup;
        this.gate = new BusGate(setup.limits());
    }

    @Override
    public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
        RestoreJob job = new RestoreJob(request, updates, setup, gate, watches);
        active.add(job);
        job.result().whenComplete((result, failure) -> active.remove(job));
        workers.execute(job::run);
        return job;
    }

    /** Jobs holding a place on the bench right now (running, not waiting). */
    public int running() {
        return gate.running();
    }

    /** Cancels every job and waits a little for each to stop its engine and finish its attempt. */
    @Override
    public void close() {
        active.forEach(RestoreJob::cancel);
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (RestoreJob job : active) {
            try {
                job.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                // a job that does not stop in time is left to the engine's own exit
            }
        }
        workers.shutdown();
        watches.shutdown();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
