package dev.restorestation.gui.bench;

import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builds each model on the bench can get, read in the background and kept for a while (what
 * Apple signs changes over days, not minutes). Confined to the EDT.
 */
final class BuildOffers {

    private static final Logger LOG = LoggerFactory.getLogger(BuildOffers.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(30);

    private record Known(List<BuildOption> options, Instant readAt) {
    }

    private final BuildSource source;
    private final TaskExecutor tasks;
    private final Runnable learned;
    private final Map<String, Known> known = new HashMap<>();
    private final Set<String> lookingUp = new HashSet<>();

    /** @param learned runs on the EDT each time a model's builds became known */
    BuildOffers(BuildSource source, TaskExecutor tasks, Runnable learned) {
        this.source = source;
        this.tasks = tasks;
        this.learned = learned;
    }

    /** The builds of a model, latest signed first; empty until read. */
    Optional<List<BuildOption>> options(String productType) {
        UiThread.requireEdt();
        return Optional.ofNullable(known.get(productType)).map(Known::options);
    }

    /** The build a device of this model gets unless another is chosen; empty until known. */
    Optional<BuildOption> latest(String productType) {
        return options(productType).flatMap(options -> options.stream().filter(BuildOption::latestSigned).findFirst());
    }

    /** Reads, in the background, the builds of every model not known or known for too long. */
    void learn(Collection<String> productTypes) {
        UiThread.requireEdt();
        Instant now = Instant.now();
        productTypes.stream().distinct()
                .filter(type -> !known.containsKey(type) || known.get(type).readAt().plus(FRESH_FOR).isBefore(now))
                .filter(lookingUp::add)
                .forEach(this::lookUp);
    }

    private void lookUp(String productType) {
        UiTask.run(tasks, "builds for " + productType, context -> source.builds(productType, context), options -> {
            lookingUp.remove(productType);
            known.put(productType, new Known(List.copyOf(options), Instant.now()));
            learned.run();
        }, failure -> {
            lookingUp.remove(productType);
            LOG.warn("cannot list the builds for {}: {}", productType, UiTask.describe(failure));
        });
    }
}
