package dev.restorestation.gui.bench;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time left of the running restores. A restore's model and build come from its attempt in the
 * history; the step times of that model and build are read once, in the background, and kept.
 * Until both are known, and for a model and build with no successful restore yet, there is no
 * estimate. Confined to the EDT, apart from the kept step times.
 */
final class TimeLeftEstimates {

    private static final Logger LOG = LoggerFactory.getLogger(TimeLeftEstimates.class);
    /** The newest successful restores a model and build is estimated from. */
    static final int RUNS = 20;
    private static final Duration ASK_AGAIN_AFTER = Duration.ofSeconds(10);

    record ModelBuild(String productType, String build) {
    }

    private final AttemptLog attempts;
    private final TaskExecutor tasks;
    private final Runnable learned;
    private final Map<ModelBuild, StepTimes> times = new ConcurrentHashMap<>();
    private final Map<Ecid, ModelBuild> restoring = new HashMap<>();
    private final Set<Ecid> lookingUp = new HashSet<>();
    /** Restores whose attempt was not found (or could not be read): asked again only after a pause, not on every update. */
    private final Map<Ecid, Instant> askAgainAt = new HashMap<>();

    /** @param learned runs on the EDT each time a restore's estimate became known */
    TimeLeftEstimates(AttemptLog attempts, TaskExecutor tasks, Runnable learned) {
        this.attempts = attempts;
        this.tasks = tasks;
        this.learned = learned;
    }

    /** What is left of a restore now at {@code update}; empty while unknown. */
    Optional<Duration> left(RestoreUpdate update) {
        UiThread.requireEdt();
        if (!estimable(update)) {
            return Optional.empty();
        }
        ModelBuild key = restoring.get(update.ecid());
        StepTimes steps = key == null ? null : times.get(key);
        return steps == null ? Optional.empty() : steps.left(update.step().label(), update.fraction());
    }

    /** Starts finding out the model, build and step times of each restore not known yet. */
    void learn(Collection<RestoreUpdate> updates) {
        UiThread.requireEdt();
        Instant now = Instant.now();
        updates.stream().filter(TimeLeftEstimates::estimable).map(RestoreUpdate::ecid)
                .filter(ecid -> !restoring.containsKey(ecid) && !askAgainAt.getOrDefault(ecid, now).isAfter(now))
                .filter(lookingUp::add)
                .forEach(this::lookUp);
    }

    /** The restore ended: a next one on the device may be of another build. */
    void ended(Ecid ecid) {
        restoring.remove(ecid);
        askAgainAt.remove(ecid);
    }

    private static boolean estimable(RestoreUpdate update) {
        return update.phase() == RestorePhase.RESTORING && update.step() != RestoreStep.UNKNOWN;
    }

    private void lookUp(Ecid ecid) {
        UiTask.run(tasks, "time left of " + ecid.shortForm(), context -> {
            Optional<ModelBuild> key = attempts.forDevice(ecid).stream()
                    .filter(attempt -> attempt.outcome() == AttemptOutcome.RUNNING)
                    .max(Comparator.comparing(RestoreAttempt::startedAt))
                    .filter(attempt -> attempt.productType() != null && attempt.build() != null)
                    .map(attempt -> new ModelBuild(attempt.productType(), attempt.build()));
            key.ifPresent(found -> times.computeIfAbsent(found, this::read));
            return key;
        }, key -> {
            lookingUp.remove(ecid);
            if (key.isEmpty()) {
                askAgainAt.put(ecid, Instant.now().plus(ASK_AGAIN_AFTER));
                return;
            }
            askAgainAt.remove(ecid);
            restoring.put(ecid, key.get());
            learned.run();
        }, failure -> {
            lookingUp.remove(ecid);
            askAgainAt.put(ecid, Instant.now().plus(ASK_AGAIN_AFTER));
            LOG.warn("cannot estimate the time left of {}: {}", ecid, UiTask.describe(failure));
        });
    }

    /** Off the EDT: the step times of the newest successful restores of this model and build. */
    private StepTimes read(ModelBuild key) {
        return StepTimes.of(attempts.all().stream()
                .filter(attempt -> attempt.outcome() == AttemptOutcome.SUCCEEDED && attempt.endedAt() != null
                        && key.productType().equals(attempt.productType()) && key.build().equals(attempt.build()))
                .sorted(Comparator.comparing(RestoreAttempt::startedAt).reversed())
                .limit(RUNS)
                .map(attempt -> new StepTimes.Run(attempts.progressEvents(attempt.id()), attempt.endedAt()))
                .filter(run -> !run.events().isEmpty())
                .toList());
    }
}
