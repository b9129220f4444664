package dev.restorestation.gui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.SameThreadTaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.MemoryAttemptLog;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The bench's workflow without a window: a fake view answers the technician's questions, the
 * same-thread executor runs the background work at once, and the test runs on the event thread
 * the way clicks do (it needs no display).
 */
class BenchControllerTest {

    private static final Fix CABLE = new Fix("usb.swap-cable", "Swap to a known-good cable", false, "");
    private static final Fix DFU_ERASE = new Fix("usb.dfu-erase", "DFU erase restore", true, "");

    private final FakeView view = new FakeView();
    private final ManualRestores restores = new ManualRestores();
    private final MemoryAttemptLog attempts = new MemoryAttemptLog();
    private final List<String> notices = new ArrayList<>();
    private final BenchController controller = new BenchController(view, restores, attempts, new NoSlots(),
            new SameThreadTaskExecutor(), new FirmwareChoice.LatestSigned(), BuildSource.NONE, () -> "ana", notices::add);

    @Test
    void scansInARowGoToOneTileEachAndSelectTheNext() throws Exception {
        onEdt(() -> {
            controller.applyBench(benchOf(3));
            controller.selectSlot("1");

            controller.assignTicket("R-1");
            controller.assignTicket("R-2");

            assertThat(tile("1").ticket()).isEqualTo(new Ticket("R-1"));
            assertThat(tile("2").ticket()).isEqualTo(new Ticket("R-2"));
            assertThat(view.selection).containsExactly(tile("3").key());
        });
    }

    @Test
    void aScanOnATileWithATicketAsksAndKeepsItUnlessReplaced() throws Exception {
        onEdt(() -> {
            controller.applyBench(benchOf(1));
            controller.selectSlot("1");
            controller.assignTicket("R-1");
            controller.selectSlot("1");

            view.replace = false;
            controller.assignTicket("R-9");
            assertThat(tile("1").ticket()).isEqualTo(new Ticket("R-1"));
            assertThat(view.outcomes).last().isEqualTo("refused: Kept R-1 on slot 1");

            view.replace = true;
            controller.assignTicket("R-9");
            assertThat(tile("1").ticket()).isEqualTo(new Ticket("R-9"));
            assertThat(view.asked).containsExactly("replace R-1 with R-9", "replace R-1 with R-9");
        });
    }

    @Test
    void aRestoreNeedsATicketFirst() throws Exception {
        onEdt(() -> {
            controller.applyBench(benchOf(2));
            view.selectAll();

            controller.restoreSelected(RestoreKind.UPDATE);

            assertThat(restores.requests).isEmpty();
            assertThat(notices).containsExactly("Assign a ticket first: slot 1, 2");
        });
    }

    @Test
    void eraseAsksNamingTheDevicesAndADeclineStartsNothing() throws Exception {
        onEdt(() -> {
            withTickets(2);
            view.selectAll();

            view.erase = false;
            controller.restoreSelected(RestoreKind.ERASE);
            assertThat(restores.requests).isEmpty();
            assertThat(view.asked).containsExactly("erase 1, 2");

            view.erase = true;
            controller.restoreSelected(RestoreKind.ERASE);
            assertThat(restores.requests).extracting(RestoreRequest::kind).containsExactly(RestoreKind.ERASE, RestoreKind.ERASE);
            assertThat(restores.requests).extracting(RestoreRequest::technician).containsOnly("ana");
            assertThat(tile("1").job()).isInstanceOf(JobState.Running.class);
        });
    }

    @Test
    void erasesHeldBackForUncheckedSigningAreAskedAboutInOneQuestionNamingTheirSlots() throws Exception {
        Diagnosis offline = new Diagnosis(ErrorCategory.SIGNING, null, null, "The firmware catalog could not be reached");
        onEdt(() -> {
            withTickets(3);
            view.selectAll();
            view.erase = true;
            controller.restoreSelected(RestoreKind.ERASE);
            restores.finish(0, new RestoreResult.Unconfirmed(offline));
            restores.finish(2, new RestoreResult.Unconfirmed(offline));
            assertThat(view.asked).containsExactly("erase 1, 2, 3");
            assertThat(tile("1").job()).isInstanceOf(JobState.NotStarted.class);
        });
        awaitAsked(2);
        onEdt(() -> {
            assertThat(view.asked).containsExactly("erase 1, 2, 3",
                    "erase unchecked 1, 3: The firmware catalog could not be reached");
            assertThat(restores.requests).hasSize(5);
            assertThat(restores.requests.subList(3, 5)).extracting(request -> request.device().slot().label())
                    .containsExactly("1", "3");
            assertThat(restores.requests.subList(3, 5)).allSatisfy(request -> {
                assertThat(request.kind()).isEqualTo(RestoreKind.ERASE);
                assertThat(request.checkSigning()).isFalse();
            });
            assertThat(tile("3").job()).isInstanceOf(JobState.Running.class);
        });
    }

    @Test
    void aDeclinedUncheckedEraseLeavesEveryNamedTileAsItIs() throws Exception {
        Diagnosis stale = new Diagnosis(ErrorCategory.SIGNING, null, null, "The catalog's answer is 3 days old");
        onEdt(() -> {
            withTickets(2);
            view.selectAll();
            view.erase = true;
            controller.restoreSelected(RestoreKind.ERASE);
            view.erase = false;
            restores.finish(0, new RestoreResult.Unconfirmed(stale));
            restores.finish(1, new RestoreResult.Unconfirmed(stale));
        });
        awaitAsked(2);
        onEdt(() -> {
            assertThat(view.asked).containsExactly("erase 1, 2", "erase unchecked 1, 2: The catalog's answer is 3 days old");
            assertThat(restores.requests).hasSize(2);
            assertThat(tile("2").job()).isInstanceOf(JobState.NotStarted.class);
            assertThat(TileText.status(tile("2"), Instant.now())).as("held back, not refused by Apple")
                    .isEqualTo("Not started · signing not checked");
        });
    }

    /** The held-back erases are gathered for a moment before the one question: waits for it off the event thread. */
    private void awaitAsked(int questions) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int[] asked = new int[1];
        do {
            Thread.sleep(20);
            onEdt(() -> asked[0] = view.asked.size());
        } while (asked[0] < questions && System.nanoTime() < deadline);
        Thread.sleep(UncheckedErases.GATHER_MILLIS + 100L); // a second question would come no sooner than this
    }

    @Test
    void anUpdateAsksNothingAndItsResultReachesTheTile() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");

            controller.restoreSelected(RestoreKind.UPDATE);
            restores.finish(0, new RestoreResult.Succeeded(41, null));

            assertThat(view.asked).isEmpty();
            assertThat(tile("1").job()).isInstanceOf(JobState.Succeeded.class);
            assertThat(controller.canShowLog()).isTrue();
            assertThat(view.ended).containsExactly("1 Succeeded");
        });
    }

    @Test
    void quittingTellsRestoringSlotsFromWaitingOnes() throws Exception {
        onEdt(() -> {
            withTickets(3);
            view.selectAll();
            controller.restoreSelected(RestoreKind.UPDATE);
            restores.updates.get(0).accept(update("1", RestorePhase.RESTORING, 0));
            restores.updates.get(1).accept(update("2", RestorePhase.QUEUED, 1));
            restores.updates.get(2).accept(update("3", RestorePhase.QUEUED, 2));
        });

        assertThat(read(controller::unfinished)).isEqualTo(new Unfinished(List.of("1"), List.of("2", "3")));
    }

    @Test
    void aRestoresClockStartsWhenItLeavesTheQueueSoItsTimeIsTheRestoresOwn() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");
            controller.restoreSelected(RestoreKind.UPDATE);
            restores.updates.get(0).accept(update(RestorePhase.QUEUED, 2));
        });
        Instant queuedAt = read(() -> running("1").startedAt());
        assertThat(read(() -> running("1").queued())).isTrue();
        Thread.sleep(5);
        Instant leftTheQueue = Instant.now();

        onEdt(() -> restores.updates.get(0).accept(update(RestorePhase.RESTORING, 0)));
        Instant started = read(() -> running("1").startedAt());
        onEdt(() -> restores.updates.get(0).accept(update(RestorePhase.VERIFYING, 0)));

        assertThat(started).isAfterOrEqualTo(leftTheQueue).isAfter(queuedAt);
        assertThat(read(() -> running("1").startedAt())).as("it starts once").isEqualTo(started);
    }

    @Test
    void cancelAsksAndStopsOnlyWhenConfirmed() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");
            controller.restoreSelected(RestoreKind.UPDATE);

            view.cancel = false;
            controller.cancelSelected();
            assertThat(restores.cancelled).isEmpty();

            view.cancel = true;
            controller.cancelSelected();
            assertThat(restores.cancelled).containsExactly(tile("1").device().ecid());
            assertThat(tile("1").job()).isInstanceOf(JobState.Cancelled.class);
            assertThat(controller.unfinished().none()).isTrue();
            assertThat(view.ended).as("a cancel the technician asked for is no news").isEmpty();
        });
    }

    @Test
    void aRetryWantsTheFixesTickedAndATickedEraseFixAsksAsAnErase() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");
            controller.restoreSelected(RestoreKind.UPDATE);
            restores.finish(0, failed(7));

            controller.retrySelected();
            assertThat(notices).last().asString().startsWith("Tick the fixes you applied to slot 1 first");
            assertThat(restores.requests).hasSize(1);

            controller.markFixes(tile("1").key(), List.of(DFU_ERASE.id()));
            view.erase = false;
            controller.retrySelected();
            assertThat(view.asked).containsExactly("erase 1");
            assertThat(restores.requests).hasSize(1);

            view.erase = true;
            controller.retrySelected();
            assertThat(restores.requests).hasSize(2);
            assertThat(restores.requests.get(1).kind()).isEqualTo(RestoreKind.ERASE);
            assertThat(restores.requests.get(1).fixesApplied()).containsExactly(DFU_ERASE.id());
        });
    }

    @Test
    void theEngineLogIsShownOrItsFailureSaidWithoutNull() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");
            controller.restoreSelected(RestoreKind.UPDATE);
            restores.finish(0, new RestoreResult.Succeeded(41, null));

            controller.showEngineLog();
            assertThat(view.logs).containsExactly("Engine log · slot 1 · ticket T-1 · attempt 41 · Restored: log of attempt 41");
        });
        // a history that fails without a message, as a driver's exception may
        AttemptLog unreadable = (AttemptLog) Proxy.newProxyInstance(AttemptLog.class.getClassLoader(),
                new Class<?>[] {AttemptLog.class}, (proxy, method, args) -> {
                    throw new IllegalStateException();
                });
        FakeView failingView = new FakeView();
        BenchController failing = new BenchController(failingView, restores, unreadable, new NoSlots(),
                new SameThreadTaskExecutor(), new FirmwareChoice.LatestSigned(), BuildSource.NONE, () -> "", notices::add);
        onEdt(() -> {
            failing.applyBench(benchOf(1));
            String key = failing.model().tiles().get(0).key();
            failing.model().update(key, tile -> tile.withJob(new JobState.Succeeded(5, null, null)));
            failingView.show(failing.model().tiles());
            failing.selectSlot("1");

            failing.showEngineLog();
            assertThat(failingView.logs).isEmpty();
            assertThat(notices).last().isEqualTo("Engine log unavailable: IllegalStateException");
        });
    }

    @Test
    void aNoteIsAskedKeptOnTheTicketAndShownOnItsTiles() throws Exception {
        onEdt(() -> {
            withTickets(1);
            controller.selectSlot("1");

            view.note = Optional.empty();
            controller.noteSelected();
            assertThat(attempts.noteOf(new Ticket("T-1"))).isEmpty();

            view.note = Optional.of("Keep the photos");
            controller.noteSelected();
            assertThat(attempts.noteOf(new Ticket("T-1"))).contains("Keep the photos");
            assertThat(tile("1").note()).isEqualTo("Keep the photos");
            assertThat(notices).last().isEqualTo("Note on ticket T-1 → slot 1");
        });
    }

    @Test
    void calibrationIsOpenedByTheViewWithASuggestedSlotCount() throws Exception {
        onEdt(() -> {
            controller.applyBench(benchOf(9));

            controller.calibrate();

            assertThat(view.asked).containsExactly("calibrate 9");
        });
    }

    @Test
    void bulkActionsUpdateWhatHasNotRunRetryUsbFailuresAndClearWhatFinished() throws Exception {
        onEdt(() -> {
            controller.applyBench(benchOf(4));
            controller.selectSlot("1");
            controller.assignTicket("T-1");
            controller.assignTicket("T-2");
            controller.assignTicket("T-3");
            controller.selectSlot("4");

            controller.updateAllReady();
            assertThat(restores.requests).extracting(r -> r.ticket().id()).containsExactly("T-1", "T-2", "T-3");
            assertThat(controller.canUpdateAllReady()).as("slot 4 has no ticket").isFalse();

            restores.finish(0, new RestoreResult.Succeeded(41, null));
            restores.finish(1, failed(42));
            restores.finish(2, new RestoreResult.Failed(43, new Diagnosis(ErrorCategory.SIGNING, 3194, null, "not signed"),
                    new Advice("3194", ErrorCategory.SIGNING, "Not signed", true, List.of(), "")));
            assertThat(view.ended).containsExactly("1 Succeeded", "2 Failed", "3 Failed");

            controller.retryUsbFailures();
            assertThat(restores.requests).hasSize(4);
            assertThat(restores.requests.get(3).ticket().id()).as("only the dropped link is retried").isEqualTo("T-2");

            controller.clearFinished();
            assertThat(tile("1").ticket()).isNull();
            assertThat(tile("1").job()).isInstanceOf(JobState.Idle.class);
            assertThat(tile("3").job()).as("a failure stays for a look").isInstanceOf(JobState.Failed.class);
            assertThat(controller.canClearFinished()).isFalse();
        });
    }

    private void withTickets(int devices) {
        controller.applyBench(benchOf(devices));
        controller.selectSlot("1");
        for (int i = 1; i <= devices; i++) {
            controller.assignTicket("T-" + i);
        }
    }

    private SlotTile tile(String label) {
        return controller.model().tiles().stream().filter(t -> t.slot().label().equals(label)).findFirst().orElseThrow();
    }

    private JobState.Running running(String label) {
        return (JobState.Running) tile(label).job();
    }

    private RestoreUpdate update(RestorePhase phase, int inLine) {
        return update("1", phase, inLine);
    }

    private RestoreUpdate update(String slot, RestorePhase phase, int inLine) {
        return new RestoreUpdate(tile(slot).device().ecid(), phase, RestoreStep.UNKNOWN, -1, "", inLine);
    }

    private static RestoreResult failed(long attempt) {
        Diagnosis diagnosis = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null, "the USB link dropped");
        return new RestoreResult.Failed(attempt, diagnosis, new Advice("4013", ErrorCategory.USB_CONNECTION,
                "The USB link dropped mid-restore.", true, List.of(CABLE, DFU_ERASE), ""));
    }

    private static BenchSnapshot benchOf(int devices) {
        List<DeviceSnapshot> list = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            list.add(new DeviceSnapshot(new Slot("1-1." + i, Integer.toString(i)), DeviceMode.RECOVERY,
                    new Ecid(0x1A2B3C4D5E6F00L + i), null, "iPhone14,2", "iPhone 13 Pro", null));
        }
        return new BenchSnapshot(list, ServiceState.AVAILABLE, Instant.now());
    }

    private interface EdtWork {
        void run() throws Exception;
    }

    private static <T> T read(Callable<T> value) throws Exception {
        List<T> read = new ArrayList<>();
        onEdt(() -> read.add(value.call()));
        return read.get(0);
    }

    /** Runs {@code work} on the event thread, as clicks do, and fails the test with what failed there. */
    private static void onEdt(EdtWork work) throws Exception {
        Throwable[] failure = new Throwable[1];
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    work.run();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = e.getCause();
        }
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** The bench on screen as a list, with the technician's answers set by the test. */
    private static final class FakeView implements BenchView {
        final List<String> asked = new ArrayList<>();
        final List<String> outcomes = new ArrayList<>();
        final List<String> logs = new ArrayList<>();
        final List<String> ended = new ArrayList<>();
        final Set<String> selection = new LinkedHashSet<>();
        List<SlotTile> shown = List.of();
        boolean replace;
        boolean cancel;
        boolean erase;
        Optional<String> note = Optional.empty();

        void selectAll() {
            selection.clear();
            shown.forEach(tile -> selection.add(tile.key()));
        }

        @Override
        public void show(List<SlotTile> tiles) {
            shown = tiles;
        }

        @Override
        public List<SlotTile> selected() {
            return shown.stream().filter(tile -> selection.contains(tile.key())).toList();
        }

        @Override
        public void select(String slotKey) {
            selection.clear();
            selection.add(slotKey);
        }

        @Override
        public Optional<String> focusedTile() {
            return selection.stream().findFirst();
        }

        @Override
        public void scanOutcome(boolean refused, String... forms) {
            outcomes.add((refused ? "refused: " : "") + forms[0]);
        }

        @Override
        public boolean confirmReplace(SlotTile tile, Ticket ticket) {
            asked.add("replace " + tile.ticket().id() + " with " + ticket.id());
            return replace;
        }

        @Override
        public boolean confirmCancel(List<SlotTile> running) {
            asked.add("cancel " + String.join(", ", TicketDesk.labels(running)));
            return cancel;
        }

        @Override
        public boolean confirmErase(List<SlotTile> tiles) {
            asked.add("erase " + String.join(", ", TicketDesk.labels(tiles)));
            return erase;
        }

        @Override
        public Optional<BuildOption> chooseBuild(List<SlotTile> tiles, List<BuildOption> choices) {
            throw new AssertionError("no build is chosen here");
        }

        @Override
        public void restoreEnded(SlotTile tile) {
            ended.add(tile.slot().label() + " " + tile.job().getClass().getSimpleName());
        }

        @Override
        public boolean confirmUncheckedErase(List<SlotTile> tiles, String why) {
            asked.add("erase unchecked " + String.join(", ", TicketDesk.labels(tiles)) + ": " + why);
            return erase;
        }

        @Override
        public Optional<String> askNote(Ticket ticket, String current) {
            return note;
        }

        @Override
        public void showEngineLog(String title, String log) {
            logs.add(title + ": " + log);
        }

        @Override
        public void calibrate(int suggestedSlots, Runnable onTaught) {
            asked.add("calibrate " + suggestedSlots);
        }
    }

    private record Handle(RestoreRequest request, CompletableFuture<RestoreResult> result, Runnable onCancel)
            implements RestoreHandle {

        @Override
        public void cancel() {
            onCancel.run();
        }
    }

    /** Restores that end when the test says, on the thread it says it from. */
    private static final class ManualRestores implements RestoreService {
        final List<RestoreRequest> requests = new ArrayList<>();
        final List<CompletableFuture<RestoreResult>> results = new ArrayList<>();
        final List<Consumer<RestoreUpdate>> updates = new ArrayList<>();
        final List<Ecid> cancelled = new ArrayList<>();

        void finish(int index, RestoreResult result) {
            results.get(index).complete(result);
        }

        @Override
        public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
            requests.add(request);
            this.updates.add(updates);
            CompletableFuture<RestoreResult> result = new CompletableFuture<>();
            results.add(result);
            return new Handle(request, result, () -> {
                cancelled.add(request.ecid());
                result.complete(new RestoreResult.Cancelled(99));
            });
        }

        @Override
        public void close() {
        }
    }

    private static final class NoSlots implements SlotLabels {
        @Override
        public List<Slot> known() {
            return List.of();
        }

        @Override
        public Calibration calibrate(int first, int last, BenchSnapshot now) {
            throw new UnsupportedOperationException("the view calibrates");
        }
    }
}
