package dev.restorestation.restore.job;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.Progress;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.Worded;
import dev.restorestation.restore.log.EngineLogClassifier;
import dev.restorestation.restore.log.EngineVerdict;
import dev.restorestation.restore.log.ExitConvention;
import dev.restorestation.restore.text.RestoreText;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's restore: firmware, compatibility and signing checked before the device is touched,
 * a place on its bus, the attempt record, the engine's own signing check where the catalog could
 * not vouch for the build, the engine run under watch, and the finished attempt with its advice.
 */
final class RestoreJob implements RestoreHandle {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreJob.class);

    private final RestoreRequest request;
    private final Consumer<RestoreUpdate> updates;
    private final RestoreSetup setup;
    private final BusGate.Place place;
    private final ScheduledExecutorService watches;
    private final ExitConvention exits;
    private final CompletableFuture<RestoreResult> result = new CompletableFuture<>();
    private boolean cancelled;
    private Thread blocked;
    private EngineRun running;
    private volatile RestorePhase phase = RestorePhase.QUEUED;
    private volatile String restoredBuild;
    /** Whether the engine asks Apple's signing server first, as the catalog could not vouch for the build. */
    private boolean askEngine;

    RestoreJob(RestoreRequest request, Consumer<RestoreUpdate> updates, RestoreSetup setup, BusGate.Place place,
               ScheduledExecutorService watches) {
        this.request = request;
        this.updates = updates;
        this.setup = setup;
        this.place = place;
        this.watches = watches;
        this.exits = ExitConvention.forVersion(setup.engine().version());
    }

    @Override
    public RestoreRequest request() {
        return request;
    }

    BusGate.Place place() {
        return place;
    }

    @Override
    public CompletableFuture<RestoreResult> result() {
        return result;
    }

    @Override
    public synchronized void cancel() {
        cancelled = true;
        if (running != null) {
            running.cancel();
        }
        if (blocked != null) {
            blocked.interrupt();
        }
    }

    void run() {
        try {
            RestoreResult ended = execute();
            result.complete(ended instanceof RestoreResult.Succeeded done ? verify(done.attemptId()) : ended);
        } catch (RuntimeException | Error e) {
            LOG.error("restore job for {} failed", request.ecid(), e);
            result.completeExceptionally(e);
        } finally {
            publish(RestorePhase.FINISHED, RestoreStep.UNKNOWN, -1, "");
        }
    }

    private RestoreResult execute() {
        try (place) {
            return prepared();
        }
    }

    /** Firmware and the checks before the device is touched, then a turn on the bench. */
    private RestoreResult prepared() {
        publish(RestorePhase.FIRMWARE, RestoreStep.UNKNOWN, -1, RestorePhase.FIRMWARE.label());
        FirmwareLease lease;
        try {
            lease = interruptibly(() -> FirmwareSource.acquire(setup.firmware(), request, new JobContext()));
        } catch (InterruptedException e) {
            return notStartedCancelled();
        } catch (IOException e) {
            return isCancelled() ? notStartedCancelled() : new RestoreResult.NotStarted(FirmwareSource.problem(e));
        }
        try (lease) {
            restoredBuild = lease.build().build();
            place.build(restoredBuild);
            RestoreResult refused = refusal(lease);
            if (refused != null) {
                return refused;
            }
            publish(RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, RestorePhase.QUEUED.label());
            try {
                interruptibly(() -> {
                    place.await((reason, inLine) -> publish(RestorePhase.QUEUED, RestoreStep.UNKNOWN, -1, reason.label(),
                            inLine));
                    return null;
                });
            } catch (InterruptedException | IOException e) {
                return notStartedCancelled();
            }
            if (isCancelled()) {
                return notStartedCancelled();
            }
            long attemptId;
            try {
                attemptId = setup.attempts().begin(newAttempt(lease));
            } catch (RuntimeException e) {
                return new RestoreResult.NotStarted(Diagnosis.worded(ErrorCategory.HOST,
                        RestoreText.wording("notStarted.notRecorded", Worded.reasonOf(e))));
            }
            return attempt(attemptId, lease);
        }
    }

    /**
     * Why the device must not be touched with this build: it does not fit the board, or it is not
     * signed; null when the restore may go ahead. A build the catalog cannot vouch for ends an erase
     * as unconfirmed, and has the engine ask Apple first in an update.
     */
    private RestoreResult refusal(FirmwareLease lease) {
        Diagnosis misfit = FirmwareSource.misfit(lease, request);
        if (misfit != null) {
            return new RestoreResult.NotStarted(misfit, advise(misfit));
        }
        if (!request.checkSigning()) {
            return null;
        }
        SigningCheck.Verdict signing;
        try {
            signing = interruptibly(() -> SigningCheck.check(setup.signing(), request.device().productType(), lease.build()));
        } catch (InterruptedException | IOException e) {
            return notStartedCancelled();
        }
        if (signing instanceof SigningCheck.Verdict.Refused refused) {
            return new RestoreResult.NotStarted(refused.diagnosis(), advise(refused.diagnosis()));
        }
        if (signing instanceof SigningCheck.Verdict.InDoubt doubt) {
            if (request.kind() == RestoreKind.ERASE) {
                return new RestoreResult.Unconfirmed(doubt.diagnosis());
            }
            askEngine = true;
            publish(RestorePhase.FIRMWARE, RestoreStep.UNKNOWN, -1, doubt.diagnosis().summary());
        }
        return null;
    }

    private RestoreResult attempt(long attemptId, FirmwareLease lease) {
        AttemptLogWriter log = new AttemptLogWriter(setup.attempts(), attemptId);
        RunEnd end;
        try {
            end = RunEnd.SUCCEEDED;
            if (askEngine) {
                phase = RestorePhase.SIGNING_CHECK;
                publish(phase, RestoreStep.UNKNOWN, -1, phase.label());
                end = runEngine(engineRequest(lease, EngineAction.SIGNING_CHECK), log, EngineCache.Extraction.NONE);
            }
            if (end.outcome() == AttemptOutcome.SUCCEEDED) {
                try (EngineCache.Extraction extraction = interruptibly(() -> setup.engineCache().claim(lease.sha1()))) {
                    phase = RestorePhase.RESTORING;
                    publish(phase, RestoreStep.DETECT, 0, phase.label());
                    end = runEngine(engineRequest(lease, EngineAction.RESTORE), log, extraction);
                }
            }
        } catch (InterruptedException e) {
            end = RunEnd.CANCELLED;
        } catch (IOException e) {
            end = RunEnd.failed(Diagnosis.worded(ErrorCategory.HOST, RestoreText.wording("engine.notStarted", Worded.reasonOf(e))));
        }
        log.flush();
        return finish(attemptId, end);
    }

    private RunEnd runEngine(EngineRequest engineRequest, AttemptLogWriter log, EngineCache.Extraction extraction)
            throws IOException {
        EngineLogClassifier classifier = new EngineLogClassifier(exits);
        JobWatch watch = new JobWatch(setup.timeouts(), request.device().slot().label(), System.nanoTime());
        EngineRun run;
        synchronized (this) {
            if (cancelled) {
                return RunEnd.CANCELLED;
            }
            run = setup.engine().start(engineRequest, event -> {
                synchronized (classifier) {
                    classifier.accept(event);
                }
                watch.saw(event, System.nanoTime());
                log.add(event);
                follow(event, extraction);
            });
            running = run;
        }
        long tick = setup.timeouts().tick().toMillis();
        ScheduledFuture<?> watching = watches.scheduleWithFixedDelay(() -> {
            boolean present = setup.presence().present(request.ecid(), request.device().slot());
            Diagnosis reason = watch.check(System.nanoTime(), present, () -> {
                synchronized (classifier) {
                    return classifier.verdict();
                }
            });
            log.flushIfDue(System.nanoTime());
            if (reason != null) {
                run.cancel();
            }
        }, tick, tick, TimeUnit.MILLISECONDS);
        try {
            awaitUninterruptibly(run);
        } finally {
            watching.cancel(false);
            synchronized (this) {
                running = null;
            }
        }
        Diagnosis aborted = watch.abortReason();
        if (aborted != null) {
            return RunEnd.failed(aborted);
        }
        if (isCancelled()) {
            return RunEnd.CANCELLED;
        }
        EngineVerdict verdict;
        synchronized (classifier) {
            verdict = classifier.verdict();
        }
        return verdict instanceof EngineVerdict.Failure failure ? RunEnd.failed(failure.diagnosis()) : RunEnd.SUCCEEDED;
    }

    private void follow(EngineEvent event, EngineCache.Extraction extraction) {
        if (event instanceof EngineEvent.StepProgress progress) {
            int step = progress.step().number();
            if (step >= RestoreStep.UPLOAD_FILESYSTEM.number()) {
                markExtracted(extraction);
            }
            if (step > RestoreStep.UPLOAD_FILESYSTEM.number()) {
                place.uploadDone();
            }
            publish(phase, progress.step(), progress.fraction(), progress.step().label());
        } else if (event instanceof EngineEvent.DeviceOperation operation) {
            publish(phase, RestoreStep.UNKNOWN, -1, operation.name());
        } else if (event instanceof EngineEvent.StatusMessage status) {
            publish(phase, RestoreStep.UNKNOWN, -1, status.text());
        }
    }

    private static void markExtracted(EngineCache.Extraction extraction) {
        try {
            extraction.extracted();
        } catch (IOException e) {
            LOG.warn("cannot mark the engine cache as extracted: {}", e.getMessage());
            extraction.close();
        }
    }

    private RestoreResult finish(long attemptId, RunEnd end) {
        Diagnosis diagnosis = end.diagnosis();
        AttemptOutcome outcome = end.outcome();
        Advice advice = diagnosis == null ? null : advise(diagnosis);
        try {
            setup.attempts().finish(attemptId, outcome, diagnosis);
        } catch (RuntimeException e) {
            LOG.error("cannot finish attempt {} as {}: it will read INTERRUPTED", attemptId, outcome, e);
        }
        return switch (outcome) {
            case SUCCEEDED -> new RestoreResult.Succeeded(attemptId, null);
            case CANCELLED -> new RestoreResult.Cancelled(attemptId);
            default -> new RestoreResult.Failed(attemptId, diagnosis, advice);
        };
    }

    /** Waits for the device to come back and records what it says; not checked when cancelled meanwhile. */
    private RestoreResult verify(long attemptId) {
        if (!setup.deviceReturn().watched()) {
            return new RestoreResult.Succeeded(attemptId, null);
        }
        publish(RestorePhase.VERIFYING, RestoreStep.UNKNOWN, -1, RestorePhase.VERIFYING.label());
        CompletionCheck check = new CompletionCheck(setup.deviceReturn(), setup.timeouts().comeBack(),
                setup.timeouts().tick(), Clock.systemUTC());
        Verification verification;
        try {
            verification = interruptibly(() -> check.await(request.ecid(), request.device().slot(), restoredBuild));
        } catch (InterruptedException | IOException e) {
            return new RestoreResult.Succeeded(attemptId, null);
        }
        try {
            setup.attempts().verified(attemptId, verification);
        } catch (RuntimeException e) {
            LOG.error("cannot record the check of attempt {}: {}", attemptId, verification, e);
        }
        return new RestoreResult.Succeeded(attemptId, verification);
    }

    private Advice advise(Diagnosis diagnosis) {
        try {
            return setup.advisor().advise(diagnosis, request.device().productType(), request.ecid());
        } catch (RuntimeException e) {
            LOG.warn("the advisor failed for {}: {}", diagnosis, e.getMessage());
            String code = diagnosis.appleCode() != null ? diagnosis.appleCode().toString() : diagnosis.category().id();
            return new Advice(code, diagnosis.category(), diagnosis.summary(), false, List.of(), "");
        }
    }

    private EngineRequest engineRequest(FirmwareLease lease, EngineAction action) {
        boolean signingDetails = action == EngineAction.SIGNING_CHECK;
        return new EngineRequest(request.ecid(), lease.file(), request.kind(), action,
                setup.engineCache().folder(lease.sha1()), signingDetails, lease.build().build());
    }

    private NewAttempt newAttempt(FirmwareLease lease) {
        var device = request.device();
        return new NewAttempt(request.ticket(), request.customerNote(), request.ecid(), device.udid(),
                device.serialNumber(), device.productType(), device.name(),
                device.slot().label(), setup.station(), request.technician(), lease.build().build(), lease.sha1(),
                device.mode(), request.kind(), setup.engine().name(), setup.engine().version(), request.fixesApplied());
    }

    private RestoreResult notStartedCancelled() {
        return new RestoreResult.NotStarted(new Diagnosis(ErrorCategory.UNKNOWN, null, null, "Cancelled before the restore started"));
    }

    private synchronized boolean isCancelled() {
        return cancelled;
    }

    private void publish(RestorePhase newPhase, RestoreStep step, double fraction, String message) {
        publish(newPhase, step, fraction, message, 0);
    }

    private void publish(RestorePhase newPhase, RestoreStep step, double fraction, String message, int inLine) {
        try {
            updates.accept(new RestoreUpdate(request.ecid(), newPhase, step, fraction, message, inLine));
        } catch (RuntimeException e) {
            LOG.warn("a restore update listener failed: {}", e.getMessage());
        }
    }

    /** Runs a blocking wait that {@link #cancel()} may interrupt; the interrupt never leaks past it. */
    private <T> T interruptibly(Blocking<T> wait) throws InterruptedException, IOException {
        synchronized (this) {
            if (cancelled) {
                throw new InterruptedException("cancelled");
            }
            blocked = Thread.currentThread();
        }
        try {
            return wait.call();
        } finally {
            synchronized (this) {
                blocked = null;
            }
            if (Thread.interrupted() && !isCancelled()) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitUninterruptibly(EngineRun run) {
        boolean interrupted = false;
        while (true) {
            try {
                run.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                run.cancel();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Blocking<T> {
        T call() throws InterruptedException, IOException;
    }

    private final class JobContext implements TaskContext {
        @Override
        public void progress(Progress progress) {
            publish(RestorePhase.FIRMWARE, RestoreStep.UNKNOWN, progress.fraction(), progress.step());
        }

        @Override
        public boolean isCancelled() {
            return RestoreJob.this.isCancelled();
        }
    }

    /** How one engine run ended; a diagnosis only for a failure. */
    private record RunEnd(AttemptOutcome outcome, Diagnosis diagnosis) {
        static final RunEnd SUCCEEDED = new RunEnd(AttemptOutcome.SUCCEEDED, null);
        static final RunEnd CANCELLED = new RunEnd(AttemptOutcome.CANCELLED, null);

        static RunEnd failed(Diagnosis diagnosis) {
            return new RunEnd(AttemptOutcome.FAILED, diagnosis);
        }
    }
}
