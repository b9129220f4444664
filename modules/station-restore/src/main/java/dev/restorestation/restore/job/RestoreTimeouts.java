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
 */
public record RestoreTimeouts(Duration stall, Duration unplugged, Duration reconnect, Duration tick) {

    public RestoreTimeouts {
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(unplugged, "unplugged");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(tick, "tick");
    }

    /** Ten minutes of silence, three seconds unplugged, two minutes to come back after a mode change. */
    public static RestoreTimeouts bench() {
        return new RestoreTimeouts(Duration.ofMinutes(10), Duration.ofSeconds(3), Duration.ofMinutes(2),
                Duration.ofMillis(250));
    }
}
