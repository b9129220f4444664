package dev.restorestation.restore.job;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The bench's restores: every submitted request takes its place in the bench's line and becomes
 * a job on its own background thread, started when the limits of {@link RestoreLimits} allow,
 * one job at a time per device. The line is the bench's {@link RestoreQueue}. A failure the
 * {@link RetryPolicy} names is tried once more when the device is back.
 */
public final class RestoreJobs implements RestoreService, RestoreQueue {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);
    /** How many finished restores the queue still shows. */
    static final int DONE_SHOWN = 50;

    private final RestoreSetup setup;
    private final BusGate gate;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("restore-job"));
    private final ScheduledExecutorService watches = Executors.newSingleThreadScheduledExecutor(daemons("restore-watch"));
    private final Set<RestoreJob> active = ConcurrentHashMap.newKeySet();
    private final Deque<QueueEntry> done = new ArrayDeque<>();
    private volatile boolean closing;

    public RestoreJobs(RestoreSetup setup) {
        this.setup = setup;
        this.gate = new BusGate(setup.limits(), setup.presence());
        long tick = setup.timeouts().tick().toMillis();
        watches.scheduleWithFixedDelay(gate::recheck, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Override
    public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
        RetryingRestore handle = new RetryingRestore(request, updates);
        handle.follow(start(request, updates), setup.retry(), this::inBackground,
                stop -> awaitBack(request, stop), retry -> start(retry, updates));
        return handle;
    }

    /** Starts a job; the future it gives completes once the job's end is in the queue's record. */
    private Started start(RestoreRequest request, Consumer<RestoreUpdate> updates) {
        BusGate.Place place = gate.join(request.device().slot(), request.ecid(), request.ticket().id(),
                asked(request.firmware()), request.kind());
        RestoreJob job = new RestoreJob(request, updates, setup, place, watches);
        active.add(job);
        CompletableFuture<RestoreResult> recorded = job.result().whenComplete((result, failure) -> {
            active.remove(job);
            remember(request, place, result);
        });
        workers.execute(job::run);
        return new Started(job, recorded);
    }

    /** A job, and its result once the queue has recorded it. */
    record Started(RestoreJob job, CompletableFuture<RestoreResult> recorded) {
    }

    private boolean inBackground(Runnable work) {
        try {
            workers.execute(work);
            return true;
        } catch (RejectedExecutionException closing) {
            return false;
        }
    }

    /** Waits until the device is back in Recovery or DFU mode in its slot, for as long as a mode change may take. */
    private boolean awaitBack(RestoreRequest request, BooleanSupplier stop) throws InterruptedException {
        long deadline = System.nanoTime() + setup.timeouts().reconnect().toNanos();
        while (!stop.getAsBoolean() && !closing && System.nanoTime() < deadline) {
            if (setup.presence().backForRetry(request.ecid(), request.device().slot())) {
                return true;
            }
            Thread.sleep(setup.timeouts().tick().toMillis());
        }
        return false;
    }

    @Override
    public RestoreQueue queue() {
        return this;
    }

    /** Jobs holding a place on the bench right now (running, not waiting). */
    public int running() {
        return gate.running();
    }

    /** The line, then the jobs past the bench still checking their device, then the last done. */
    @Override
    public List<QueueEntry> entries() {
        List<QueueEntry> entries = new ArrayList<>(gate.entries());
        active.stream().map(RestoreJob::place).filter(BusGate.Place::ranAndLeft).map(BusGate.Place::running)
                .forEach(entries::add);
        synchronized (done) {
            entries.addAll(done);
        }
        return entries;
    }

    @Override
    public boolean moveUp(Ecid ecid) {
        return gate.move(ecid, -1);
    }

    @Override
    public boolean moveDown(Ecid ecid) {
        return gate.move(ecid, 1);
    }

    @Override
    public boolean remove(Ecid ecid) {
        BusGate.Place place = gate.waitingPlace(ecid);
        if (place == null) {
            return false;
        }
        active.stream().filter(job -> job.place() == place).forEach(RestoreJob::cancel);
        place.close();
        return true;
    }

    @Override
    public void pause(boolean paused) {
        gate.pause(paused);
    }

    @Override
    public boolean paused() {
        return gate.paused();
    }

    /** Cancels every job and waits a little for each to stop its engine and finish its attempt. */
    @Override
    public void close() {
        closing = true;
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

    private void remember(RestoreRequest request, BusGate.Place place, RestoreResult result) {
        QueueEntry entry = new QueueEntry(request.ecid(), request.device().slot().label(), request.ticket().id(),
                place.build(), request.kind(), QueueEntry.State.DONE, null, 0, QueueOutcome.of(result));
        synchronized (done) {
            done.addFirst(entry);
            while (done.size() > DONE_SHOWN) {
                done.removeLast();
            }
        }
    }

    /** The build a restore asked for; empty for the latest signed one, which the front ends word. */
    private static String asked(FirmwareChoice firmware) {
        if (firmware instanceof FirmwareChoice.Build build) {
            return build.build();
        }
        if (firmware instanceof FirmwareChoice.LocalFile file) {
            return String.valueOf(file.ipsw().getFileName());
        }
        return "";
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
