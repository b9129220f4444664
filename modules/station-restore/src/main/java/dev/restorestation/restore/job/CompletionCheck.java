package dev.restorestation.restore.job;

import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.Verification;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proof that a restore finished: after the engine's success, wait for the same device to come
 * back in Normal mode in the same slot and read what it says; the build it reports must be the
 * build restored. A device that is back but does not answer yet (still starting), or answers
 * without a build, is asked again until the wait runs out.
 */
final class CompletionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionCheck.class);

    private final DeviceReturn devices;
    private final Duration wait;
    private final Duration tick;
    private final Clock clock;

    CompletionCheck(DeviceReturn devices, Duration wait, Duration tick, Clock clock) {
        this.devices = devices;
        this.wait = wait;
        this.tick = tick;
        this.clock = clock;
    }

    /** Blocks until the device answered or the wait ran out; an interrupt ends it early. */
    Verification await(Ecid ecid, Slot slot, String restoredBuild) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String lastProblem = null;
        DeviceFacts withoutBuild = null;
        while (true) {
            try {
                Optional<DeviceFacts> facts = devices.back(ecid, slot);
                if (facts.isPresent() && facts.get().buildVersion() != null) {
                    return judge(facts.get(), restoredBuild);
                }
                withoutBuild = facts.orElse(withoutBuild);
            } catch (IOException e) {
                if (!Objects.equals(e.getMessage(), lastProblem)) {
                    LOG.info("device {} is back in slot {} but does not answer yet: {}", ecid, slot.label(), e.getMessage());
                }
                lastProblem = e.getMessage();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return withoutBuild == null ? Verification.notSeen() : judge(withoutBuild, restoredBuild);
            }
            Thread.sleep(Math.min(tick.toMillis(), Math.max(1, left / 1_000_000)));
        }
    }

    private Verification judge(DeviceFacts facts, String restoredBuild) {
        Verification.Result result = restoredBuild != null && restoredBuild.equals(facts.buildVersion())
                ? Verification.Result.VERIFIED : Verification.Result.WRONG_BUILD;
        return new Verification(result, clock.instant(), facts.buildVersion(), facts.productVersion(),
                facts.activationState());
    }
}
