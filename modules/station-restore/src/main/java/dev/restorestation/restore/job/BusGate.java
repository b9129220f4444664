package dev.restorestation.restore.job;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets restore jobs start within {@link RestoreLimits}, in the order they asked, one job at a time
 * per device. Whenever a place frees up, the waiting jobs are admitted first come, first served,
 * skipping only those whose bus or device is still busy.
 */
final class BusGate {

    private final RestoreLimits limits;
    private final List<Place> waiting = new ArrayList<>();
    private final Map<String, Integer> runningOnBus = new HashMap<>();
    private final Map<String, Integer> uploadingOnBus = new HashMap<>();
    private final Set<Ecid> busyDevices = new HashSet<>();
    private int running;

    BusGate(RestoreLimits limits) {
        this.limits = limits;
    }

    /** The bus of a slot: the first part of its port path ({@code 1} of {@code 1-2.4.3}). */
    static String bus(Slot slot) {
        String path = slot.portPath();
        int dash = path.indexOf('-');
        return dash > 0 ? path.substring(0, dash) : path;
    }

    /** Waits for a place for this device on this bus; the place starts in its upload phase. */
    Place enter(Slot slot, Ecid device) throws InterruptedException {
        Place place = new Place(bus(slot), device);
        synchronized (this) {
            waiting.add(place);
            dispatch();
            try {
                while (!place.admitted) {
                    wait();
                }
            } catch (InterruptedException e) {
                if (place.admitted) {
                    place.close();
                } else {
                    waiting.remove(place);
                    dispatch();
                }
                throw e;
            }
        }
        return place;
    }

    synchronized int running() {
        return running;
    }

    private void dispatch() {
        for (Iterator<Place> it = waiting.iterator(); it.hasNext(); ) {
            Place place = it.next();
            if (fits(place)) {
                it.remove();
                place.admitted = true;
                place.uploading = true;
                running++;
                runningOnBus.merge(place.bus, 1, Integer::sum);
                uploadingOnBus.merge(place.bus, 1, Integer::sum);
                busyDevices.add(place.device);
            }
        }
        notifyAll();
    }

    private boolean fits(Place place) {
        return running < limits.overall()
                && runningOnBus.getOrDefault(place.bus, 0) < limits.perBus()
                && uploadingOnBus.getOrDefault(place.bus, 0) < limits.uploadsPerBus()
                && !busyDevices.contains(place.device);
    }

    /** A job's place on its bus, held while it runs. */
    final class Place implements AutoCloseable {

        private final String bus;
        private final Ecid device;
        private boolean admitted;
        private boolean uploading;
        private boolean closed;

        private Place(String bus, Ecid device) {
            this.bus = bus;
            this.device = device;
        }

        /** The job moved past its filesystem upload: the next job on this bus may start. */
        void uploadDone() {
            synchronized (BusGate.this) {
                if (uploading && !closed) {
                    uploading = false;
                    uploadingOnBus.merge(bus, -1, Integer::sum);
                    dispatch();
                }
            }
        }

        @Override
        public void close() {
            synchronized (BusGate.this) {
                if (closed) {
                    return;
                }
                uploadDone();
                closed = true;
                running--;
                runningOnBus.merge(bus, -1, Integer::sum);
                busyDevices.remove(device);
                dispatch();
            }
        }
    }
}
