package dev.restorestation.core.task;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs tasks on a bounded pool of named daemon threads. */
public final class ThreadPoolTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;
    private final Set<RunningTask<?>> running = ConcurrentHashMap.newKeySet();

    public ThreadPoolTaskExecutor(String threadPrefix, int threads) {
        this.pool = Executors.newFixedThreadPool(threads, namedDaemons(threadPrefix));
    }

    @Override
    public <T> TaskHandle<T> submit(String name, BackgroundTask<T> task, Consumer<Progress> onProgress) {
        RunningTask<T> handle = new RunningTask<>(name, task, onProgress);
        running.add(handle);
        handle.result().whenComplete((value, failure) -> running.remove(handle));
        pool.execute(handle::runHere);
        return handle;
    }

    @Override
    public void close() {
        running.forEach(RunningTask::cancel);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
