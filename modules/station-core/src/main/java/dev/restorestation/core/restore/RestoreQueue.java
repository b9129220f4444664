package dev.restorestation.core.restore;

import dev.restorestation.core.device.Ecid;
import java.util.List;

/**
 * Port: the restores of a bench in order: waiting (with their place and what holds them back),
 * running, and the last ones done. A waiting restore can be moved or removed; the whole queue can
 * be paused, which holds back every waiting restore and leaves the running ones alone.
 */
public interface RestoreQueue {

    /** Waiting restores first, in the order they will start, then running ones, then the last done. */
    List<QueueEntry> entries();

    /** Moves a waiting restore one place earlier; false when it is not waiting or already first. */
    boolean moveUp(Ecid ecid);

    /** Moves a waiting restore one place later; false when it is not waiting or already last. */
    boolean moveDown(Ecid ecid);

    /** Takes a waiting restore out of the queue (it ends as cancelled, nothing done); false when it is not waiting. */
    boolean remove(Ecid ecid);

    void pause(boolean paused);

    boolean paused();

    /** A queue that never holds anything back, for a service that starts every restore at once. */
    RestoreQueue NONE = new RestoreQueue() {
        @Override
        public List<QueueEntry> entries() {
            return List.of();
        }

        @Override
        public boolean moveUp(Ecid ecid) {
            return false;
        }

        @Override
        public boolean moveDown(Ecid ecid) {
            return false;
        }

        @Override
        public boolean remove(Ecid ecid) {
            return false;
        }

        @Override
        public void pause(boolean paused) {
        }

        @Override
        public boolean paused() {
            return false;
        }
    };
}
