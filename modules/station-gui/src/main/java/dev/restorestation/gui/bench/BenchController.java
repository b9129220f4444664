package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the bench's actions do: tickets, restores, cancel, engine logs, fixes and retries. All
 * state lives in the {@link BenchModel} on the EDT; every blocking call goes through the task
 * executor. The demo drives the same methods a technician's clicks do.
 */
public final class BenchController {

    private final BenchModel model = new BenchModel();
    private final BenchView view;
    private final RestoreLauncher launcher;
    private final AttemptLog attempts;
    private final TaskExecutor tasks;
    private final Supplier<String> technician;
    private final Consumer<String> notice;
    private final SlotLabels slots;
    private final TicketDesk tickets;
    private final TimeLeftEstimates timeLeft;
    private final BuildPicker builds;
    private final UncheckedErases uncheckedErases;

    /**
     * @param firmware    what a restore gets unless the technician picks a build
     * @param buildSource the builds a model can get, for showing and picking them
     */
    public BenchController(BenchView view, RestoreService restores, AttemptLog attempts, SlotLabels slots,
                           TaskExecutor tasks, FirmwareChoice firmware, BuildSource buildSource, Supplier<String> technician,
                           Consumer<String> notice) {
        this.view = view;
        this.attempts = attempts;
        this.tasks = tasks;
        this.technician = technician;
        this.notice = notice;
        this.slots = slots;
        this.launcher = new RestoreLauncher(restores, tasks, this::applyUpdates, this::finish);
        this.tickets = new TicketDesk(model, view, attempts, tasks, notice);
        this.timeLeft = new TimeLeftEstimates(attempts, tasks, this::estimateAgain);
        this.builds = new BuildPicker(model, view, firmware, new BuildOffers(buildSource, tasks, this::refresh), notice,
                this::refresh);
        this.uncheckedErases = new UncheckedErases(model, view, tiles -> {
            tiles.forEach(tile -> start(tile, RestoreKind.ERASE, false));
            refresh();
        });
    }

    public void applyBench(BenchSnapshot bench) {
        for (SlotTile replaced : model.applyBench(bench)) {
            notice.accept(replaced.ticket() == null ? Texts.text("notice.anotherPhone", replaced.slot().label())
                    : Texts.text("notice.anotherPhone.ticket", replaced.slot().label(), replaced.ticket().id()));
        }
        refresh();
    }

    /** Reads the known slots in the background and shows each, empty ones dimmed. */
    public void loadKnownSlots() {
        UiTask.run(tasks, "read the slot labels", context -> slots.known(), known -> {
            model.applyKnownSlots(known);
            refresh();
        }, failure -> notice.accept(Texts.text("notice.slotLabels", UiTask.describe(failure))));
    }

    /** Opens the "plug a device into slot 1…" dialog. */
    public void calibrate() {
        UiThread.requireEdt();
        view.calibrate(Math.max(7, model.tiles().size()), this::loadKnownSlots);
    }

    public BenchModel model() {
        return model;
    }

    /** A scanned or typed ticket: to one tile without a ticket, or, asked, instead of the one selected tile's. */
    public void assignTicket(String text) {
        tickets.scan(text);
    }

    public void clearSelected() {
        tickets.clearSelected();
    }

    public boolean canClear() {
        return tickets.canClear();
    }

    /** Readies every tile whose restore succeeded or was cancelled; failures stay for a look. */
    public void clearFinished() {
        tickets.clear(model.tiles().stream().filter(BenchController::finished).toList());
    }

    public boolean canClearFinished() {
        return model.tiles().stream().anyMatch(BenchController::finished);
    }

    private static boolean finished(SlotTile tile) {
        return tile.job() instanceof JobState.Succeeded || tile.job() instanceof JobState.Cancelled;
    }

    public void noteSelected() {
        tickets.noteSelected();
    }

    public boolean canNote() {
        return tickets.canNote();
    }

    public void restoreSelected(RestoreKind kind) {
        List<SlotTile> ready = ready(view.selected());
        if (ready.isEmpty()) {
            return;
        }
        if (kind == RestoreKind.ERASE && !view.confirmErase(ready)) {
            return;
        }
        ready.forEach(tile -> start(tile, kind, true));
        refresh();
    }

    /** Updates every present tile with a ticket that has not run yet, whatever is selected. */
    public void updateAllReady() {
        List<SlotTile> waiting = model.tiles().stream().filter(BenchController::notRunYet).toList();
        if (!waiting.isEmpty()) {
            waiting.forEach(tile -> start(tile, RestoreKind.UPDATE, true));
            notice.accept(Texts.text("notice.updating", String.join(", ", TicketDesk.labels(waiting))));
            refresh();
        }
    }

    public boolean canUpdateAllReady() {
        return model.tiles().stream().anyMatch(BenchController::notRunYet);
    }

    /** Restores again, unchanged, every tile that failed on a dropped USB link; an erase among them asks first. */
    public void retryUsbFailures() {
        List<SlotTile> failed = model.tiles().stream().filter(BenchController::usbFailure).toList();
        List<SlotTile> erases = failed.stream().filter(tile -> ((JobState.Failed) tile.job()).kind() == RestoreKind.ERASE).toList();
        boolean eraseToo = erases.isEmpty() || view.confirmErase(erases);
        List<SlotTile> retried = failed.stream().filter(tile -> eraseToo || !erases.contains(tile)).toList();
        retried.forEach(tile -> start(tile, ((JobState.Failed) tile.job()).kind(), true));
        if (!retried.isEmpty()) {
            notice.accept(Texts.text("notice.retrying", String.join(", ", TicketDesk.labels(retried))));
            refresh();
        }
    }

    public boolean canRetryUsbFailures() {
        return model.tiles().stream().anyMatch(BenchController::usbFailure);
    }

    private static boolean notRunYet(SlotTile tile) {
        return tile.present() && tile.ticket() != null && tile.device().ecid() != null && tile.job() instanceof JobState.Idle;
    }

    private static boolean usbFailure(SlotTile tile) {
        return tile.present() && tile.device().ecid() != null && tile.job() instanceof JobState.Failed failed
                && failed.diagnosis().category() == ErrorCategory.USB_CONNECTION;
    }

    /** Stops the selected restores once the technician confirms. */
    public void cancelSelected() {
        List<SlotTile> running = view.selected().stream().filter(tile -> tile.job().active()).toList();
        if (!running.isEmpty() && view.confirmCancel(running)) {
            running.forEach(tile -> launcher.cancel(((JobState.Running) tile.job()).update().ecid()));
        }
    }

    /** The restores quitting would stop: those restoring and those waiting in the queue. */
    public Unfinished unfinished() {
        List<SlotTile> active = model.tiles().stream().filter(tile -> tile.job().active()).toList();
        return new Unfinished(TicketDesk.labels(active.stream().filter(tile -> !queued(tile)).toList()),
                TicketDesk.labels(active.stream().filter(BenchController::queued).toList()));
    }

    private static boolean queued(SlotTile tile) {
        return tile.job() instanceof JobState.Running running && running.queued();
    }

    /** Cancels every restore; completes once each has ended, so its attempt is recorded as cancelled. */
    public CompletableFuture<Void> cancelAll() {
        return launcher.cancelAll();
    }

    public void showEngineLog() {
        Optional<SlotTile> tile = single();
        Optional<Long> attempt = tile.flatMap(BenchController::attemptOf);
        if (attempt.isEmpty()) {
            return;
        }
        String title = logTitle(tile.get(), attempt.get());
        UiTask.run(tasks, "engine log", context -> attempts.engineLog(attempt.get()),
                log -> view.showEngineLog(title, log),
                failure -> notice.accept(Texts.text("notice.engineLog", UiTask.describe(failure))));
    }

    /** "Engine log · slot 4 · ticket R-1 · attempt 12 · Error 4013 · USB connection". */
    static String logTitle(SlotTile tile, long attempt) {
        JobState job = tile.job();
        String outcome = job instanceof JobState.Failed failed ? TileText.headline(failed.diagnosis())
                : Texts.text(job instanceof JobState.Succeeded ? "log.restored" : "tile.cancelled");
        return tile.ticket() == null ? Texts.text("log.title", tile.slot().label(), String.valueOf(attempt), outcome)
                : Texts.text("log.title.ticket", tile.slot().label(), String.valueOf(attempt), outcome, tile.ticket().id());
    }

    public void markFixes(String slotKey, List<String> fixIds) {
        model.update(slotKey, tile -> tile.withFixesMarked(fixIds));
        view.show(model.tiles());
    }

    /** Restores the failed tile again, recording the fixes ticked; a ticked erase fix makes it an Erase. */
    public void retrySelected() {
        Optional<SlotTile> tile = single().filter(t -> t.job() instanceof JobState.Failed);
        if (tile.isEmpty() || ready(List.of(tile.get())).isEmpty()) {
            return;
        }
        JobState.Failed failed = (JobState.Failed) tile.get().job();
        boolean erase = failed.advice().fixes().stream()
                .anyMatch(fix -> fix.destructive() && tile.get().fixesMarked().contains(fix.id()));
        if (tile.get().fixesMarked().isEmpty()) {
            notice.accept(Texts.text("notice.tickFixes", tile.get().slot().label()));
            return;
        }
        RestoreKind kind = erase ? RestoreKind.ERASE : failed.kind();
        if (kind == RestoreKind.ERASE && !view.confirmErase(List.of(tile.get()))) {
            return;
        }
        start(tile.get(), kind, true);
        refresh();
    }

    /** Selects the tile of the slot with this label, as a click on it would. */
    public boolean selectSlot(String label) {
        Optional<SlotTile> tile = model.tiles().stream().filter(t -> t.slot().label().equals(label)).findFirst();
        tile.ifPresent(t -> view.select(t.key()));
        return tile.isPresent();
    }

    public boolean canRestore() {
        return view.selected().stream().anyMatch(tile -> tile.present() && !tile.job().active());
    }

    public boolean canCancel() {
        return view.selected().stream().anyMatch(tile -> tile.job().active());
    }

    public boolean canShowLog() {
        return single().flatMap(BenchController::attemptOf).isPresent();
    }

    public boolean canRetry() {
        return single().filter(tile -> tile.job() instanceof JobState.Failed && tile.present()).isPresent();
    }

    /** @param checkSigning whether the build's signing is checked before the device is touched */
    private void start(SlotTile tile, RestoreKind kind, boolean checkSigning) {
        Ecid ecid = tile.device().ecid();
        RestoreRequest request = RestoreRequest.of(tile.device(), tile.ticket(), builds.choiceFor(tile), kind)
                .board(tile.device().board())
                .customerNote(tile.note())
                .checkSigning(checkSigning)
                .technician(technician.get())
                .fixesApplied(tile.fixesMarked())
                .build();
        RestoreUpdate queued = new RestoreUpdate(ecid, RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, "");
        model.update(tile.key(), old -> old.withJob(new JobState.Running(kind, Instant.now(), queued)));
        launcher.launch(request);
    }

    private List<SlotTile> ready(List<SlotTile> tiles) {
        List<SlotTile> ready = tiles.stream()
                .filter(tile -> tile.present() && !tile.job().active() && tile.ticket() != null
                        && tile.device().ecid() != null)
                .toList();
        List<String> noTicket = tiles.stream().filter(tile -> tile.present() && tile.ticket() == null)
                .map(tile -> tile.slot().label()).toList();
        if (!noTicket.isEmpty()) {
            notice.accept(Texts.text("notice.noTicket", String.join(", ", noTicket)));
        } else if (ready.isEmpty() && !tiles.isEmpty()) {
            notice.accept(Texts.text("notice.nothingToRestore"));
        }
        return ready;
    }

    private void applyUpdates(Map<Ecid, RestoreUpdate> updates) {
        Instant now = Instant.now();
        updates.forEach((ecid, update) -> model.updateDevice(ecid, tile ->
                tile.job() instanceof JobState.Running running ? tile.withJob(estimated(running, update, now)) : tile));
        view.show(model.tiles());
        timeLeft.learn(updates.values());
    }

    /** Once a restore's step times are known, its tile tells its time left without waiting for its next update. */
    private void estimateAgain() {
        Instant now = Instant.now();
        model.tiles().stream().filter(tile -> tile.job() instanceof JobState.Running).forEach(tile ->
                model.update(tile.key(), old -> old.job() instanceof JobState.Running running
                        ? old.withJob(estimated(running, running.update(), now)) : old));
        view.show(model.tiles());
    }

    /** A restore's clock starts when it leaves the queue, so its time says how long the restore took, not the wait. */
    private JobState.Running estimated(JobState.Running running, RestoreUpdate update, Instant now) {
        Instant doneBy = timeLeft.left(update).map(now::plus).orElse(null);
        boolean leftTheQueue = running.queued() && update.phase() != RestorePhase.QUEUED;
        return new JobState.Running(running.kind(), leftTheQueue ? now : running.startedAt(), update, doneBy);
    }

    private void finish(Ecid ecid, RestoreResult result) {
        timeLeft.ended(ecid);
        model.updateDevice(ecid, tile -> tile.withJob(outcome(tile, result)));
        refresh();
        if (result instanceof RestoreResult.Unconfirmed unconfirmed) {
            uncheckedErases.add(ecid, unconfirmed.diagnosis().localizedSummary());
            return;
        }
        model.phoneSlot(ecid).flatMap(model::tile)
                .filter(tile -> !(tile.job() instanceof JobState.Cancelled))
                .ifPresent(view::restoreEnded);
    }

    private static JobState outcome(SlotTile tile, RestoreResult result) {
        RestoreKind kind = tile.job() instanceof JobState.Running running ? running.kind() : RestoreKind.UPDATE;
        Instant started = tile.job() instanceof JobState.Running running ? running.startedAt() : Instant.now();
        if (result instanceof RestoreResult.Succeeded ok) {
            return new JobState.Succeeded(ok.attemptId(), Duration.between(started, Instant.now()), ok.verification());
        }
        if (result instanceof RestoreResult.Failed failed) {
            return new JobState.Failed(failed.attemptId(), kind, failed.diagnosis(), failed.advice());
        }
        if (result instanceof RestoreResult.Cancelled cancelled) {
            return new JobState.Cancelled(cancelled.attemptId());
        }
        if (result instanceof RestoreResult.Unconfirmed unconfirmed) {
            return new JobState.NotStarted(unconfirmed.diagnosis(), null, true);
        }
        RestoreResult.NotStarted notStarted = (RestoreResult.NotStarted) result;
        return new JobState.NotStarted(notStarted.diagnosis(), notStarted.advice());
    }

    static Optional<Long> attemptOf(SlotTile tile) {
        JobState job = tile.job();
        if (job instanceof JobState.Succeeded ok) {
            return Optional.of(ok.attemptId());
        }
        if (job instanceof JobState.Failed failed) {
            return Optional.of(failed.attemptId());
        }
        if (job instanceof JobState.Cancelled cancelled) {
            return Optional.of(cancelled.attemptId());
        }
        return Optional.empty();
    }

    private Optional<SlotTile> single() {
        List<SlotTile> selected = view.selected();
        return selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
    }

    /** Shows the tiles, each ready device with the build it will get. */
    private void refresh() {
        builds.showBuilds();
        view.show(model.tiles());
    }

    /** Lets the technician pick the build the selected devices get. */
    public void chooseBuild() {
        builds.choose();
    }

    public boolean canChooseBuild() {
        return builds.canChoose();
    }

}
