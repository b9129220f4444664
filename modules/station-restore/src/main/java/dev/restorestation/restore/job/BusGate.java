package dev.restorestation.restore.job;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.WaitingReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The bench's line of restores. A job takes its place when it is submitted and waits in it while
 * its firmware is made ready; it starts when {@link RestoreLimits} allow, one job at a time per
 * device, and only while its device is in a restorable mode. Whenever something changes, the
 * waiting places are admitted in line order, each one that cannot start keeping its place and
 * the first reason that holds it back. The line can be paused and rearranged.
 */
final class BusGate {

    private final RestoreLimits limits;
    private final DevicePresence presence;
    private final List<Place> waiting = new ArrayList<>();
    private final List<Place> running = new ArrayList<>();
    private final Map<String, Integer> runningOnBus = new HashMap<>();
    private final Map<String, Integer> runningOnHub = new HashMap<>();
    private final Map<String, Integer> uploadingOnBus = new HashMap<>();
    private final Set<Ecid> busyDevices = new HashSet<>();
    private boolean paused;

    BusGate(RestoreLimits limits, DevicePresence presence) {
        this.limits = limits;
        this.presence = presence;
    }

    /** The bus of a slot, i.e. its root hub: the first part of its port path ({@code 1} of {@code 1-2.4.3}). */
    static String bus(Slot slot) {
        String path = slot.portPath();
        int dash = path.indexOf('-');
        return dash > 0 ? path.substring(0, dash) : path;
    }

    /** The hub a slot's port belongs to: its port path without the last port ({@code 1-2.4} of {@code 1-2.4.3}). */
    static String hub(Slot slot) {
        String path = slot.portPath();
        int dot = path.lastIndexOf('.');
        return dot > 0 ? path.substring(0, dot) : bus(slot);
    }

    /** Takes the last place in line for this device; it waits for its firmware until {@link Place#await()}. */
    synchronized Place join(Slot slot, Ecid device, String ticket, String build, RestoreKind kind) {
        Place place = new Place(slot, device, ticket, build, kind);
        waiting.add(place);
        return place;
    }

    synchronized int running() {
        return running.size();
    }

    /** Waiting places in line order, then running ones in the order they started. */
    synchronized List<QueueEntry> entries() {
        dispatch();
        List<QueueEntry> entries = new ArrayList<>();
        int position = 0;
        for (Place place : waiting) {
            entries.add(place.entry(QueueEntry.State.WAITING, place.reason, ++position));
        }
        for (Place place : running) {
            entries.add(place.entry(QueueEntry.State.RUNNING, null, 0));
        }
        return entries;
    }

    /** Moves the first waiting place of this device by {@code step} places; false when it cannot move. */
    synchronized boolean move(Ecid device, int step) {
        int from = indexOf(device);
        int to = from + step;
        if (from < 0 || to < 0 || to >= waiting.size()) {
            return false;
        }
        waiting.add(to, waiting.remove(from));
        dispatch();
        // the places moved: their jobs say so even when nothing else changed
        notifyAll();
        return true;
    }

    /** The first waiting place of this device, if any. */
    synchronized Place waitingPlace(Ecid device) {
        int index = indexOf(device);
        return index < 0 ? null : waiting.get(index);
    }

    synchronized void pause(boolean pause) {
        paused = pause;
        dispatch();
    }

    synchronized boolean paused() {
        return paused;
    }

    /** Looks again at what holds the waiting places back: devices come and go without telling the line. */
    synchronized void recheck() {
        dispatch();
    }

    private int indexOf(Ecid device) {
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).device.equals(device)) {
                return i;
            }
        }
        return -1;
    }

    private void dispatch() {
        boolean changed = false;
        for (Place place : new ArrayList<>(waiting)) {
            WaitingReason before = place.reason;
            place.reason = holdsBack(place);
            changed |= place.reason != before;
            if (place.reason == null) {
                waiting.remove(place);
                running.add(place);
                place.admitted = true;
                place.uploading = true;
                runningOnBus.merge(place.bus, 1, Integer::sum);
                runningOnHub.merge(place.hub, 1, Integer::sum);
                uploadingOnBus.merge(place.bus, 1, Integer::sum);
                busyDevices.add(place.device);
            }
        }
        if (changed) {
            notifyAll();
        }
    }

    /** The first reason this place cannot start now; null when it can. */
    private WaitingReason holdsBack(Place place) {
        if (!place.ready) {
            return WaitingReason.FIRMWARE;
        }
        if (paused) {
            return WaitingReason.PAUSED;
        }
        if (busyDevices.contains(place.device)) {
            return WaitingReason.DEVICE_BUSY;
        }
        if (!presence.restorable(place.device, place.slot)) {
            return WaitingReason.DEVICE_NOT_READY;
        }
        if (running.size() >= limits.overall()) {
            return WaitingReason.STATION_CAP;
        }
        if (runningOnBus.getOrDefault(place.bus, 0) >= limits.perBus()) {
            return WaitingReason.ROOT_HUB_CAP;
        }
        if (runningOnHub.getOrDefault(place.hub, 0) >= limits.perHub()) {
            return WaitingReason.HUB_CAP;
        }
        if (uploadingOnBus.getOrDefault(place.bus, 0) >= limits.uploadsPerBus()) {
            return WaitingReason.UPLOAD_STAGGER;
        }
        return null;
    }

    /** A job's place: in line from its submission, then on the bench while it runs. */
    final class Place implements AutoCloseable {

        private final Slot slot;
        private final String bus;
        private final String hub;
        private final Ecid device;
        private final String ticket;
        private final RestoreKind kind;
        private String build;
        private WaitingReason reason = WaitingReason.FIRMWARE;
        private boolean ready;
        private boolean admitted;
        private boolean uploading;
        private boolean closed;

        private Place(Slot slot, Ecid device, String ticket, String build, RestoreKind kind) {
            this.slot = slot;
            this.bus = bus(slot);
            this.hub = hub(slot);
            this.device = device;
            this.ticket = ticket;
            this.build = build;
            this.kind = kind;
        }

        /** The build the job's firmware turned out to be. */
        void build(String leased) {
            synchronized (BusGate.this) {
                build = leased;
            }
        }

        String build() {
            synchronized (BusGate.this) {
                return build;
            }
        }

        /** The firmware is ready: the place may start once nothing else holds it back. */
        void ready() {
            synchronized (BusGate.this) {
                ready = true;
                dispatch();
            }
        }

        boolean admitted() {
            synchronized (BusGate.this) {
                return admitted;
            }
        }

        /** Ran on the bench and left it: its job may still wait for the device to come back. */
        boolean ranAndLeft() {
            synchronized (BusGate.this) {
                return admitted && closed;
            }
        }

        QueueEntry running() {
            synchronized (BusGate.this) {
                return entry(QueueEntry.State.RUNNING, null, 0);
            }
        }

        /**
         * Marks the place ready and waits until it may start; it then starts in its upload phase.
         * Each new reason that holds it back, and each new place in line (1 for the next), is told
         * to {@code onChange}, outside the line's lock.
         */
        void await(BiConsumer<WaitingReason, Integer> onChange) throws InterruptedException {
            ready();
            WaitingReason told = null;
            int toldPlace = 0;
            try {
                while (true) {
                    WaitingReason now;
                    int place;
                    synchronized (BusGate.this) {
                        if (!admitted && !closed && reason == told && waiting.indexOf(this) + 1 == toldPlace) {
                            BusGate.this.wait();
                        }
                        if (admitted) {
                            return;
                        }
                        if (closed) {
                            throw new InterruptedException("taken out of the queue");
                        }
                        now = reason;
                        place = waiting.indexOf(this) + 1;
                    }
                    if (now != told || place != toldPlace) {
                        onChange.accept(now, place);
                        told = now;
                        toldPlace = place;
                    }
                }
            } catch (InterruptedException e) {
                close();
                throw e;
            }
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

        private QueueEntry entry(QueueEntry.State state, WaitingReason why, int position) {
            return new QueueEntry(device, slot.label(), ticket, build, kind, state, why, position, null);
        }

        /** Leaves the line, or the bench when it was running. */
        @Override
        public void close() {
            synchronized (BusGate.this) {
                if (closed) {
                    return;
                }
                if (!admitted) {
                    closed = true;
                    waiting.remove(this);
                    dispatch();
                    BusGate.this.notifyAll();
                    return;
                }
                uploadDone();
                closed = true;
                running.remove(this);
                runningOnBus.merge(bus, -1, Integer::sum);
                runningOnHub.merge(hub, -1, Integer::sum);
                busyDevices.remove(device);
                dispatch();
            }
        }
    }
}
