package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.WaitingReason;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The line's order and its waiting reasons under every cap, pause, rearranging, and devices coming and going. */
class BusGateTest {

    private final Set<Ecid> away = ConcurrentHashMap.newKeySet();
    private final DevicePresence presence = (ecid, slot) -> !away.contains(ecid);

    @Test
    void aPlaceWaitsForItsFirmwareAndKeepsItsPlaceMeanwhile() {
        BusGate gate = new BusGate(RestoreLimits.bench(), presence);
        BusGate.Place first = join(gate, 1, "1-1.1");
        BusGate.Place second = join(gate, 2, "2-1.1");

        second.ready();

        assertThat(second.admitted()).isTrue();
        assertThat(first.admitted()).isFalse();
        assertThat(gate.entries()).extracting(QueueEntry::slot, QueueEntry::state, QueueEntry::waitingFor, QueueEntry::position)
                .containsExactly(tuple("1", QueueEntry.State.WAITING, WaitingReason.FIRMWARE, 1),
                        tuple("2", QueueEntry.State.RUNNING, null, 0));
    }

    @Test
    void theStationCapHoldsTheRestInLineOrder() {
        BusGate gate = new BusGate(new RestoreLimits(2, 8, 8, 8), presence);
        List<BusGate.Place> places = List.of(join(gate, 1, "1-1.1"), join(gate, 2, "2-1.1"), join(gate, 3, "3-1.1"),
                join(gate, 4, "4-1.1"));
        places.forEach(BusGate.Place::ready);

        assertThat(waiting(gate)).containsExactly("3 STATION_CAP 1", "4 STATION_CAP 2");

        places.get(0).close();

        assertThat(places.get(2).admitted()).as("the first in line takes the free place").isTrue();
        assertThat(waiting(gate)).containsExactly("4 STATION_CAP 1");
    }

    @Test
    void theBusCapHoldsOnlyThatBus() {
        BusGate gate = new BusGate(new RestoreLimits(10, 1, 8, 8), presence);
        join(gate, 1, "1-1.1").ready();
        join(gate, 2, "1-2.1").ready();
        BusGate.Place otherBus = join(gate, 3, "2-1.1");
        otherBus.ready();

        assertThat(waiting(gate)).containsExactly("2 ROOT_HUB_CAP 1");
        assertThat(otherBus.admitted()).isTrue();
    }

    @Test
    void theHubCapHoldsPortsOfOneHubNotItsNeighbours() {
        BusGate gate = new BusGate(new RestoreLimits(10, 8, 1, 8), presence);
        join(gate, 1, "1-1.4.1").ready();
        join(gate, 2, "1-1.4.2").ready();
        BusGate.Place nextHub = join(gate, 3, "1-1.3");
        nextHub.ready();

        assertThat(waiting(gate)).containsExactly("2 HUB_CAP 1");
        assertThat(nextHub.admitted()).isTrue();
        assertThat(BusGate.hub(new Slot("1-1.4.2", "2"))).isEqualTo("1-1.4");
        assertThat(BusGate.hub(new Slot("3-2", "9"))).as("a port of the root hub itself").isEqualTo("3");
    }

    @Test
    void uploadsAreStaggeredPerBus() {
        BusGate gate = new BusGate(new RestoreLimits(10, 8, 8, 1), presence);
        BusGate.Place first = join(gate, 1, "1-1.1");
        first.ready();
        BusGate.Place second = join(gate, 2, "1-2.1");
        second.ready();

        assertThat(waiting(gate)).containsExactly("2 UPLOAD_STAGGER 1");

        first.uploadDone();

        assertThat(second.admitted()).isTrue();
    }

    @Test
    void oneDeviceWaitsForItsOwnRestoreAndForItsReturnToTheBench() {
        BusGate gate = new BusGate(RestoreLimits.bench(), presence);
        join(gate, 1, "1-1.1").ready();
        join(gate, 1, "1-1.1").ready();
        away.add(ecid(2));
        BusGate.Place gone = join(gate, 2, "1-1.2");
        gone.ready();

        assertThat(waiting(gate)).containsExactly("1 DEVICE_BUSY 1", "2 DEVICE_NOT_READY 2");

        away.remove(ecid(2));
        gate.recheck();

        assertThat(gone.admitted()).isTrue();
    }

    @Test
    void aPausedQueueStartsNothingUntilResumedAndLeavesRunningOnesAlone() {
        BusGate gate = new BusGate(RestoreLimits.bench(), presence);
        BusGate.Place running = join(gate, 1, "1-1.1");
        running.ready();
        gate.pause(true);
        BusGate.Place held = join(gate, 2, "1-1.2");
        held.ready();

        assertThat(gate.paused()).isTrue();
        assertThat(running.admitted()).isTrue();
        assertThat(waiting(gate)).containsExactly("2 PAUSED 1");

        gate.pause(false);

        assertThat(held.admitted()).isTrue();
    }

    @Test
    void movingAPlaceChangesWhoStartsNextAndTakingOneOutRenumbersTheRest() {
        BusGate gate = new BusGate(new RestoreLimits(1, 8, 8, 8), presence);
        BusGate.Place running = join(gate, 1, "1-1.1");
        running.ready();
        BusGate.Place a = join(gate, 2, "1-1.2");
        BusGate.Place b = join(gate, 3, "1-1.3");
        BusGate.Place c = join(gate, 4, "1-1.4");
        List.of(a, b, c).forEach(BusGate.Place::ready);

        assertThat(gate.move(ecid(4), -1)).isTrue();
        assertThat(gate.move(ecid(2), -1)).as("already first").isFalse();
        assertThat(gate.move(ecid(3), 1)).as("already last").isFalse();
        assertThat(gate.move(ecid(1), 1)).as("running, not waiting").isFalse();
        assertThat(waiting(gate)).containsExactly("2 STATION_CAP 1", "4 STATION_CAP 2", "3 STATION_CAP 3");

        a.close();
        assertThat(waiting(gate)).containsExactly("4 STATION_CAP 1", "3 STATION_CAP 2");
        running.close();

        assertThat(c.admitted()).isTrue();
        assertThat(b.admitted()).isFalse();
    }

    @Test
    void aWaitingJobIsToldEachNewPlaceInLineAsOthersMoveStartAndLeave() throws Exception {
        BusGate gate = new BusGate(new RestoreLimits(1, 8, 8, 8), presence);
        BusGate.Place running = join(gate, 1, "1-1.1");
        running.ready();
        BusGate.Place ahead = join(gate, 2, "1-1.2");
        ahead.ready();
        BusGate.Place watched = join(gate, 3, "1-1.3");
        BlockingQueue<String> told = new LinkedBlockingQueue<>();
        Thread job = new Thread(() -> {
            try {
                watched.await((reason, place) -> told.add(reason + " " + place));
                told.add("started");
            } catch (InterruptedException e) {
                told.add("taken out");
            }
        });
        job.start();

        assertThat(told.poll(5, TimeUnit.SECONDS)).isEqualTo("STATION_CAP 2");
        assertThat(gate.move(ecid(3), -1)).isTrue();
        assertThat(told.poll(5, TimeUnit.SECONDS)).as("moved up by hand").isEqualTo("STATION_CAP 1");
        assertThat(gate.move(ecid(2), -1)).isTrue();
        assertThat(told.poll(5, TimeUnit.SECONDS)).as("the other moved ahead").isEqualTo("STATION_CAP 2");
        running.close();
        assertThat(told.poll(5, TimeUnit.SECONDS)).as("the one ahead started").isEqualTo("STATION_CAP 1");
        ahead.close();
        assertThat(told.poll(5, TimeUnit.SECONDS)).isEqualTo("started");
        job.join(5_000);
        assertThat(told).as("nothing told twice").isEmpty();
    }

    private static BusGate.Place join(BusGate gate, int device, String portPath) {
        return gate.join(new Slot(portPath, Integer.toString(device)), ecid(device), "T-" + device, "20H350",
                RestoreKind.UPDATE);
    }

    private static Ecid ecid(int device) {
        return new Ecid(0x00AB_0000_0000_0000L + device);
    }

    /** Waiting entries as "slot reason position". */
    private static List<String> waiting(BusGate gate) {
        return gate.entries().stream().filter(entry -> entry.state() == QueueEntry.State.WAITING)
                .map(entry -> entry.slot() + " " + entry.waitingFor() + " " + entry.position()).toList();
    }

}
