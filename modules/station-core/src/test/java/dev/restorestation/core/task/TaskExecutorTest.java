package dev.restorestation.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void runsInTheBackgroundAndReportsProgress() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        try (TaskExecutor executor = new ThreadPoolTaskExecutor("test", 2)) {
            TaskHandle<String> handle = executor.submit("work", context -> {
                context.progress(new Progress(0.5, "half"));
                return Thread.currentThread().getName();
            }, progress -> steps.add(progress.step()));

            assertThat(handle.result().get(5, TimeUnit.SECONDS)).startsWith("test-");
            assertThat(steps).containsExactly("half");
            assertThat(handle.progress().fraction()).isEqualTo(0.5);
        }
    }

    @Test
    void cancelInterruptsARunningTask() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try (TaskExecutor executor = new ThreadPoolTaskExecutor("test", 1)) {
            TaskHandle<Void> handle = executor.submit("sleeper", context -> {
                started.countDown();
                Thread.sleep(60_000);
                return null;
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            handle.cancel();

            assertThat(handle.result()).failsWithin(5, TimeUnit.SECONDS);
            assertThat(handle.result().isCancelled()).isTrue();
        }
    }

    @Test
    void aFailingTaskCompletesExceptionally() {
        TaskHandle<Object> handle = new SameThreadTaskExecutor().submit("broken", context -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(handle.result()).isCompletedExceptionally();
    }

    @Test
    void sameThreadExecutorRunsBeforeReturning() {
        Thread caller = Thread.currentThread();
        TaskHandle<Thread> handle = new SameThreadTaskExecutor().submit("now", context -> Thread.currentThread());
        assertThat(handle.result()).isCompletedWithValue(caller);
    }

    @Test
    void aTaskCanStopItselfAtACheckpoint() {
        TaskHandle<String> handle = new SameThreadTaskExecutor().submit("checks", context -> {
            context.checkCancelled();
            return "ran";
        });
        assertThat(handle.result()).isCompletedWithValue("ran");
    }
}
