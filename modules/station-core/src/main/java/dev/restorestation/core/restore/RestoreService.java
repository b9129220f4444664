package dev.restorestation.core.restore;

import java.util.function.Consumer;

/**
 * Port: restores devices, several at once within the bench's limits, one job at a time per
 * device. Jobs run in the background; {@code updates} is called on a background thread.
 */
public interface RestoreService extends AutoCloseable {

    RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates);

    /** The submitted restores in order, to show and rearrange; {@link RestoreQueue#NONE} when nothing waits. */
    default RestoreQueue queue() {
        return RestoreQueue.NONE;
    }

    /** Cancels every job and stops. */
    @Override
    void close();
}
