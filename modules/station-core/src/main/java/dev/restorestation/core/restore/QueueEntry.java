package dev.restorestation.core.restore;

import dev.restorestation.core.device.Ecid;
import java.util.Objects;

/**
 * One requested restore as the queue shows it.
 *
 * @param build      the build asked for, or the one leased once the firmware is ready; empty while
 *                   it is the latest signed build, not known yet
 * @param waitingFor what holds a waiting restore back; null unless {@code state} is WAITING
 * @param position   1 for the next to start, 2 after it…; 0 unless waiting
 * @param outcome    how a finished restore ended; null unless DONE
 */
public record QueueEntry(Ecid ecid, String slot, String ticket, String build, RestoreKind kind, State state,
                         WaitingReason waitingFor, int position, QueueOutcome outcome) {

    public enum State { WAITING, RUNNING, DONE }

    public QueueEntry {
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        if ((state == State.WAITING) != (waitingFor != null)) {
            throw new IllegalArgumentException("a waiting restore, and only one, says what it waits for");
        }
        if ((state == State.DONE) != (outcome != null)) {
            throw new IllegalArgumentException("a finished restore, and only one, says how it ended");
        }
    }
}
