package dev.restorestation.restore.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a job tolerates silence and absence.
 *
 * @param stall     no output at all from the engine for this long fails the attempt
 * @param unplugged the device gone from its slot this long, while the engine expects it there, means it was pulled
 * @param reconnect the same while the engine waits for the device to come back in another mode
 * @param tick      how often the watch looks
 * @param comeBack  after the engine's success, how long the device has to come back in Normal mode
 */
public record RestoreTimeouts(Duration stall, Duration unplugged, Duration reconnect, Duration tick, Duration comeBack) {

    public RestoreTimeouts {
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(unplugged, "unplugged");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(comeBack, "comeBack");
    }

    /**
     * Ten minutes of silence, three seconds unplugged, two minutes to come back after a mode change,
     * {@code comeBackMinutes} to come back in Normal mode after the restore.
     */
    public static RestoreTimeouts bench(int comeBackMinutes) {
        return new RestoreTimeouts(Duration.ofMinutes(10), Duration.ofSeconds(3), Duration.ofMinutes(2),
                Duration.ofMillis(250), Duration.ofMinutes(comeBackMinutes));
    }
}
