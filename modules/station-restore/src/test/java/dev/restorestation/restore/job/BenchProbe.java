package dev.restorestation.restore.job;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Wraps an engine and watches it from outside: how many runs at once overall, per bus, and
 * before or in their upload step per bus; the highest of each; and each device's run intervals.
 */
final class BenchProbe implements RestoreEngine {

    private final RestoreEngine engine;
    private final Function<Ecid, String> busOf;
    private final Map<String, Integer> runningOnBus = new HashMap<>();
    private final Map<String, Integer> uploadingOnBus = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private int running;
    int maxRunning;
    int maxOnBus;
    int maxUploadingOnBus;
    int restoreRuns;
    int signingChecks;

    BenchProbe(RestoreEngine engine, Function<Ecid, String> busOf) {
        this.engine = engine;
        this.busOf = busOf;
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public String version() {
        return engine.version();
    }

    @Override
    public EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException {
        String bus = busOf.apply(request.ecid());
        boolean restore = request.action() == EngineAction.RESTORE;
        boolean[] uploading = {restore};
        synchronized (this) {
            if (restore) {
                restoreRuns++;
                running++;
                maxRunning = Math.max(maxRunning, running);
                maxOnBus = Math.max(maxOnBus, runningOnBus.merge(bus, 1, Integer::sum));
                maxUploadingOnBus = Math.max(maxUploadingOnBus, uploadingOnBus.merge(bus, 1, Integer::sum));
                log.add("start " + request.ecid());
            } else {
                signingChecks++;
            }
        }
        return engine.start(request, event -> {
            synchronized (this) {
                boolean passedUpload = event instanceof EngineEvent.StepProgress p
                        && p.step().number() > RestoreStep.UPLOAD_FILESYSTEM.number();
                if (uploading[0] && (passedUpload || event instanceof EngineEvent.Finished)) {
                    uploading[0] = false;
                    uploadingOnBus.merge(bus, -1, Integer::sum);
                }
                if (restore && event instanceof EngineEvent.Finished) {
                    running--;
                    runningOnBus.merge(bus, -1, Integer::sum);
                    log.add("end " + request.ecid());
                }
            }
            events.accept(event);
        });
    }

    /** "start X" and "end X" in the order they happened. */
    synchronized List<String> timeline() {
        return List.copyOf(log);
    }
}
