package dev.restorestation.core.history;

import java.time.LocalDate;

/** The attempts started on one day and how they ended; {@code running} ones have not ended yet. */
public record DailyResult(LocalDate day, int attempts, int succeeded, int failed, int running) {

    /** Succeeded of the finished attempts, 0 to 1; 0 when none finished. */
    public double successRate() {
        int finished = attempts - running;
        return finished == 0 ? 0 : succeeded / (double) finished;
    }
}
