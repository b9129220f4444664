package dev.restorestation.restore.engine;

import dev.restorestation.core.restore.EngineRun;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The waiting side of an engine run, the same for a real process and a simulated one: it ends once. */
abstract class EndingRun implements EngineRun {

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exitCode;

    /** The engine stopped with {@code code} and all its output was delivered. */
    protected final void ended(int code) {
        exitCode = code;
        finished.countDown();
    }

    /** Waiting for the engine was itself interrupted: whoever waits is let go. */
    protected final void abandoned() {
        finished.countDown();
    }

    @Override
    public final int waitFor() throws InterruptedException {
        finished.await();
        return exitCode;
    }

    @Override
    public final boolean waitFor(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
