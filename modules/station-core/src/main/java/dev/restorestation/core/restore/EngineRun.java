package dev.restorestation.core.restore;

import java.time.Duration;

/** A started engine run. */
public interface EngineRun {

    /** Waits until the engine stopped and all its output was delivered; returns the exit code. */
    int waitFor() throws InterruptedException;

    /** Like {@link #waitFor()} but gives up after {@code timeout}; true when the engine stopped. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    /** Stops the engine and everything it started; returns without waiting. */
    void cancel();
}
