package dev.restorestation.core.restore;

/** How a restore attempt ended; RUNNING while the engine works. */
public enum AttemptOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The station stopped (crash, power loss, kill) while the attempt ran. */
    INTERRUPTED;

    public boolean finished() {
        return this != RUNNING;
    }
}
