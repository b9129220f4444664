package dev.restorestation.gui.bench;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.LatestPerKey;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits restores off the EDT and brings their progress back to it, merged per device, and
 * their results one by one. Knows the running jobs so they can be cancelled.
 */
final class RestoreLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreLauncher.class);

    private final RestoreService restores;
    private final TaskExecutor tasks;
    private final LatestPerKey<Ecid, RestoreUpdate> updates;
    private final BiConsumer<Ecid, RestoreResult> onResult;
    /** Every job from its launch to its result; the handle arrives once the service has taken the job. */
    private final Map<Ecid, CompletableFuture<RestoreHandle>> running = new HashMap<>();

    RestoreLauncher(RestoreService restores, TaskExecutor tasks, Consumer<Map<Ecid, RestoreUpdate>> onUpdates,
                    BiConsumer<Ecid, RestoreResult> onResult) {
        this.restores = restores;
        this.tasks = tasks;
        this.updates = new LatestPerKey<>(onUpdates);
        this.onResult = onResult;
    }

    void launch(RestoreRequest request) {
        UiThread.requireEdt();
        Ecid ecid = request.ecid();
        CompletableFuture<RestoreHandle> started = new CompletableFuture<>();
        running.put(ecid, started);
        UiTask.run(tasks, "restore " + ecid.shortForm(),
                context -> restores.submit(request, update -> updates.offer(ecid, update)), handle -> {
                    started.complete(handle);
                    handle.result().whenComplete((result, error) -> UiThread.run(() -> {
                        running.remove(ecid, started);
                        if (error != null) {
                            LOG.warn("the restore of {} ended unexpectedly", ecid, error);
                            onResult.accept(ecid, notStarted(Texts.text("restore.endedUnexpectedly", UiTask.describe(error))));
                        } else {
                            onResult.accept(ecid, result);
                        }
                    }));
                }, failure -> {
                    started.completeExceptionally(failure);
                    running.remove(ecid, started);
                    LOG.warn("could not start the restore of {}", ecid, failure);
                    onResult.accept(ecid, notStarted(Texts.text("restore.couldNotStart", UiTask.describe(failure))));
                });
    }

    private static RestoreResult notStarted(String summary) {
        return new RestoreResult.NotStarted(new Diagnosis(ErrorCategory.HOST, null, null, summary));
    }

    /** Cancels the job, also one the service has not taken yet; completes when it has ended. */
    CompletableFuture<Void> cancel(Ecid ecid) {
        UiThread.requireEdt();
        CompletableFuture<RestoreHandle> submitted = running.get(ecid);
        if (submitted == null) {
            return CompletableFuture.completedFuture(null);
        }
        return submitted.thenCompose(handle -> tasks.submit("cancel " + ecid.shortForm(), context -> {
            handle.cancel();
            return null;
        }).result().thenCompose(cancelled -> handle.result())).handle((result, failure) -> null);
    }

    CompletableFuture<Void> cancelAll() {
        return CompletableFuture.allOf(running.keySet().stream().map(this::cancel).toArray(CompletableFuture[]::new));
    }
}
