package dev.restorestation.gui;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A restore service whose jobs end the way the test says: the first attempt on a device with a
 * scripted Apple code fails with it, later attempts succeed. It reports progress like a real job.
 */
public final class ScriptedRestores implements RestoreService {

    public static final Fix CABLE = new Fix("usb.swap-cable", "Swap to a known-good cable", false, "worked 7 of 9 times here");
    public static final Fix DFU_ERASE = new Fix("usb.dfu-erase", "DFU erase restore", true, "");

    private final Map<Ecid, Integer> failFirst = new ConcurrentHashMap<>();
    private final Map<Ecid, String> signingInDoubt = new ConcurrentHashMap<>();
    private final List<RestoreRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Ecid> cancelled = new CopyOnWriteArrayList<>();
    private volatile boolean hold;
    private volatile boolean verify;
    private long nextAttempt = 1;

    /** Jobs from now on stay at their last step until cancelled, like an engine waiting on a device. */
    public ScriptedRestores holdUntilCancelled() {
        hold = true;
        return this;
    }

    /** Jobs from now on that succeed see their device come back on the restored build, as the real check would. */
    public ScriptedRestores verifyOnTheDevice() {
        verify = true;
        return this;
    }

    /** The devices whose jobs were cancelled, in order. */
    public List<Ecid> cancelled() {
        return cancelled;
    }

    public ScriptedRestores failFirstAttempt(Ecid ecid, int appleCode) {
        failFirst.put(ecid, appleCode);
        return this;
    }

    /** A job on this device that checks signing ends unconfirmed, for this reason, with nothing done. */
    public ScriptedRestores signingInDoubt(Ecid ecid, String why) {
        signingInDoubt.put(ecid, why);
        return this;
    }

    public List<RestoreRequest> requests() {
        return requests;
    }

    @Override
    public synchronized RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
        requests.add(request);
        long attempt = nextAttempt++;
        CompletableFuture<RestoreResult> result = new CompletableFuture<>();
        String doubt = signingInDoubt.get(request.ecid());
        if (doubt != null && request.checkSigning()) {
            result.complete(new RestoreResult.Unconfirmed(new Diagnosis(ErrorCategory.SIGNING, null, null, doubt)));
        }
        Thread job = new Thread(() -> {
            for (int i = 1; i <= 5 && !result.isDone(); i++) {
                updates.accept(new RestoreUpdate(request.ecid(), RestorePhase.RESTORING, RestoreStep.UPLOAD_FILESYSTEM,
                        i / 5.0, "Sending filesystem"));
                pause();
            }
            while (hold && !result.isDone()) {
                pause();
            }
            Integer code = failFirst.remove(request.ecid());
            if (code == null) {
                result.complete(new RestoreResult.Succeeded(attempt, verify
                        ? new Verification(Verification.Result.VERIFIED, Instant.now(), "23B85", "26.1", "Unactivated")
                        : null));
            } else {
                Diagnosis diagnosis = new Diagnosis(ErrorCategory.USB_CONNECTION, code, null, "the USB link dropped");
                Advice advice = new Advice(Integer.toString(code), ErrorCategory.USB_CONNECTION,
                        "The USB link dropped mid-restore.", true, List.of(CABLE, DFU_ERASE), "");
                result.complete(new RestoreResult.Failed(attempt, diagnosis, advice));
            }
        }, "scripted restore");
        job.setDaemon(true);
        job.start();
        return new RestoreHandle() {
            @Override
            public RestoreRequest request() {
                return request;
            }

            @Override
            public CompletableFuture<RestoreResult> result() {
                return result;
            }

            @Override
            public void cancel() {
                cancelled.add(request.ecid());
                result.complete(new RestoreResult.Cancelled(attempt));
            }
        };
    }

    private static void pause() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
    }
}
