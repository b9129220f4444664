package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.history.ProgressEvent;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.MemoryAttemptLog;
import java.awt.EventQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Time left on a restoring tile, from the step times the history holds for its model and build,
 * through the controller as the window drives it (no display needed).
 */
class TimeLeftTest {

    private static final Instant EARLIER = Instant.parse("2026-11-20T09:00:00Z");
    private static final String MODEL = "iPhone14,2";
    private static final String BUILD = "23B85";

    private final MemoryAttemptLog history = new MemoryAttemptLog();
    private final BenchFakes.HeldRestores restores = new BenchFakes.HeldRestores();
    private final BenchFakes.PlainView view = new BenchFakes.PlainView();
    private final BenchController controller = new BenchController(view, restores, history,
            new BenchFakes.NoSlots(), new SameThreadTaskExecutor(), new FirmwareChoice.LatestSigned(), BuildSource.NONE,
            () -> "ana", notice -> { });
    private long nextId = 1;

    @Test
    void aRestoringTileTellsItsTimeLeftFromEarlierRestoresOfItsModelAndBuild() throws Exception {
        earlierSuccess(MODEL, BUILD, 0);
        earlierSuccess(MODEL, BUILD, 20);
        earlierSuccess(MODEL, "22A3", 5000);
        earlierSuccess("iPad7,5", BUILD, 7000);
        startRestores(1);

        progress(1, RestoreStep.UPLOAD_FILESYSTEM, 0.5);

        // upload to the end 420 s and 440 s → 430; the upload 300 s and 320 s → 310; half of it done
        JobState.Running job = running("1");
        assertThat(Duration.between(Instant.now(), job.doneBy())).isBetween(Duration.ofSeconds(270), Duration.ofSeconds(275));
        assertThat(TileText.status(tile("1"), Instant.now())).startsWith("Uploading filesystem 50% · ~5 min left · 0:");
        assertThat(BenchSummary.of(view.tiles, java.time.ZoneOffset.UTC)).startsWith("1 restoring · all done by ~");
    }

    @Test
    void withNoRestoreOfTheModelAndBuildYetItSaysNothingRatherThanGuess() throws Exception {
        earlierSuccess(MODEL, "22A3", 0);
        earlierSuccess("iPad7,5", BUILD, 1000);
        startRestores(1);

        progress(1, RestoreStep.UPLOAD_FILESYSTEM, 0.5);

        assertThat(running("1").doneBy()).isNull();
        assertThat(TileText.status(tile("1"), Instant.now())).doesNotContain("left").startsWith("Uploading filesystem 50% · 0:");
        assertThat(BenchSummary.of(view.tiles, java.time.ZoneOffset.UTC)).isEqualTo("1 restoring");
    }

    @Test
    void theHistoryOfAModelAndBuildIsReadOnceForAllItsRestores() throws Exception {
        earlierSuccess(MODEL, BUILD, 0);
        startRestores(3);

        progress(1, RestoreStep.PREPARE, 0.2);
        progress(2, RestoreStep.UPLOAD_FILESYSTEM, 0.1);
        progress(3, RestoreStep.FLASH_FIRMWARE, 0.9);
        progress(1, RestoreStep.UPLOAD_FILESYSTEM, 0.3);

        assertThat(history.allRead()).isEqualTo(1);
        assertThat(List.of("1", "2", "3")).allSatisfy(slot -> assertThat(running(slot).doneBy()).isNotNull());
    }

    @Test
    void beforeTheEngineRunsThereIsNoEstimateAndNoHistoryIsRead() throws Exception {
        earlierSuccess(MODEL, BUILD, 0);
        startRestores(1);

        onEdt(() -> restores.updates.get(0).accept(new RestoreUpdate(ecid(1), RestorePhase.FIRMWARE, RestoreStep.UNKNOWN, -1, "")));
        onEdt(() -> { });

        assertThat(running("1").doneBy()).isNull();
        assertThat(history.allRead()).isZero();
    }

    @Test
    void aRestoreWhoseAttemptIsNotInTheHistoryIsNotLookedUpOnEveryUpdate() throws Exception {
        earlierSuccess(MODEL, BUILD, 0);
        onEdt(() -> {
            controller.applyBench(new BenchSnapshot(List.of(new DeviceSnapshot(new Slot("1-1.1", "1"), DeviceMode.RECOVERY,
                    ecid(1), null, MODEL, "iPhone 13 Pro", null)), ServiceState.AVAILABLE, Instant.now()));
            controller.selectSlot("1");
            controller.assignTicket("T-1");
            controller.updateAllReady();
        });

        for (int i = 1; i <= 5; i++) {
            progress(1, RestoreStep.UPLOAD_FILESYSTEM, i / 10.0);
        }

        assertThat(running("1").doneBy()).isNull();
        assertThat(history.devicesRead()).isEqualTo(1);
    }

    /** A successful attempt on another phone of the model: Preparing, upload at +60 s, flash at +360 s, done at +480 s; {@code slower} seconds added to the upload. */
    private void earlierSuccess(String model, String build, long slower) {
        Instant start = EARLIER.plusSeconds(nextId * 10_000);
        RestoreAttempt attempt = attempt(nextId++, new Ecid(0xFFFF00L + nextId), model, build, start,
                start.plusSeconds(480 + slower), AttemptOutcome.SUCCEEDED);
        history.put(attempt, List.of(new ProgressEvent(start, "Preparing", 0),
                new ProgressEvent(start.plusSeconds(60), "Uploading filesystem", 0),
                new ProgressEvent(start.plusSeconds(360 + slower), "Flashing firmware", 2)));
    }

    private void startRestores(int devices) throws Exception {
        onEdt(() -> {
            List<DeviceSnapshot> phones = new ArrayList<>();
            for (int i = 1; i <= devices; i++) {
                phones.add(new DeviceSnapshot(new Slot("1-1." + i, Integer.toString(i)), DeviceMode.RECOVERY, ecid(i), null,
                        MODEL, "iPhone 13 Pro", null));
            }
            controller.applyBench(new BenchSnapshot(phones, ServiceState.AVAILABLE, Instant.now()));
            controller.selectSlot("1");
            for (int i = 1; i <= devices; i++) {
                controller.assignTicket("T-" + i);
            }
            controller.updateAllReady();
        });
        for (int i = 1; i <= devices; i++) {
            // the station has begun the attempt by the time the engine reports a step
            history.put(attempt(nextId++, ecid(i), MODEL, BUILD, Instant.now(), null, AttemptOutcome.RUNNING), List.of());
        }
    }

    private void progress(int slot, RestoreStep step, double fraction) throws Exception {
        restores.updates.get(slot - 1).accept(new RestoreUpdate(ecid(slot), RestorePhase.RESTORING, step, fraction, ""));
        onEdt(() -> { });
    }

    private JobState.Running running(String slot) {
        return (JobState.Running) tile(slot).job();
    }

    private SlotTile tile(String label) {
        return view.tiles.stream().filter(t -> t.slot().label().equals(label)).findFirst().orElseThrow();
    }

    private static Ecid ecid(int slot) {
        return new Ecid(0x1A2B3C4D5E6F00L + slot);
    }

    private static RestoreAttempt attempt(long id, Ecid ecid, String model, String build, Instant start, Instant end,
                                          AttemptOutcome outcome) {
        return new RestoreAttempt(id, new Ticket("H-" + id), null, ecid, null, model, "1", build, DeviceMode.RECOVERY,
                RestoreKind.UPDATE, "idevicerestore", "ana", start, end, outcome, null, null, null, null, List.of(), null);
    }

    private static void onEdt(ThrowingRunnable work) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
