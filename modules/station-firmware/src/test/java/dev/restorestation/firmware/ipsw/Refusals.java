package dev.restorestation.firmware.ipsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import dev.restorestation.firmware.InvalidFirmwareException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * How a hostile file must be refused: with the expected exception, in one line of sensible length,
 * within a generous time, and without allocating more than a bound (a bomb must not be inflated).
 */
public final class Refusals {

    public static final Duration TIME = Duration.ofSeconds(30);
    public static final long MEMORY = 256L << 20;

    private Refusals() {
    }

    public static InvalidFirmwareException refused(ThrowingCallable action) {
        return refused(action, InvalidFirmwareException.class);
    }

    public static <T extends Throwable> T refused(ThrowingCallable action, Class<T> type) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        return assertTimeoutPreemptively(TIME, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            Throwable thrown = catchThrowable(action);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(thrown).isInstanceOf(type);
            assertThat(thrown.getMessage()).doesNotContain("\n", "\r", "\u001b").hasSizeBetween(10, 300);
            assertThat(allocated).as("bytes allocated while refusing").isLessThan(MEMORY);
            return type.cast(thrown);
        });
    }
}
