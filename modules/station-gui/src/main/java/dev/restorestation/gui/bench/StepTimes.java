package dev.restorestation.gui.bench;

import dev.restorestation.core.history.ProgressEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long the steps of earlier successful restores of one model and build took, and so how long
 * a running one has left. Each finished run tells, for every step it reached, how long that step
 * lasted and how long the run went on from its start to the end; the median of each is used, so
 * one slow cable does not move the estimate. A step no earlier run reached has no estimate.
 */
final class StepTimes {

    /** One earlier successful attempt: the steps it reached, oldest first, and when it ended. */
    record Run(List<ProgressEvent> events, Instant endedAt) {
        Run {
            events = List.copyOf(events);
        }
    }

    static final StepTimes NONE = new StepTimes(Map.of(), Map.of());

    private final Map<String, Duration> stepTakes;
    private final Map<String, Duration> fromStepToEnd;

    private StepTimes(Map<String, Duration> stepTakes, Map<String, Duration> fromStepToEnd) {
        this.stepTakes = stepTakes;
        this.fromStepToEnd = fromStepToEnd;
    }

    static StepTimes of(List<Run> runs) {
        Map<String, List<Duration>> takes = new HashMap<>();
        Map<String, List<Duration>> toEnd = new HashMap<>();
        for (Run run : runs) {
            List<ProgressEvent> events = run.events();
            for (int i = 0; i < events.size(); i++) {
                ProgressEvent event = events.get(i);
                Instant next = i + 1 < events.size() ? events.get(i + 1).at() : run.endedAt();
                if (next.isBefore(event.at()) || run.endedAt().isBefore(event.at())) {
                    continue;
                }
                takes.computeIfAbsent(event.step(), step -> new ArrayList<>()).add(Duration.between(event.at(), next));
                toEnd.computeIfAbsent(event.step(), step -> new ArrayList<>()).add(Duration.between(event.at(), run.endedAt()));
            }
        }
        return new StepTimes(medians(takes), medians(toEnd));
    }

    /** Time left for a run now {@code fraction} (0..1, or -1 when unknown) into {@code step}; empty when no earlier run reached it. */
    Optional<Duration> left(String step, double fraction) {
        Duration toEnd = fromStepToEnd.get(step);
        if (toEnd == null) {
            return Optional.empty();
        }
        Duration done = fraction <= 0 ? Duration.ZERO
                : Duration.ofMillis(Math.round(stepTakes.get(step).toMillis() * Math.min(1, fraction)));
        Duration left = toEnd.minus(done);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    boolean known() {
        return !fromStepToEnd.isEmpty();
    }

    private static Map<String, Duration> medians(Map<String, List<Duration>> samples) {
        Map<String, Duration> medians = new HashMap<>();
        samples.forEach((step, durations) -> {
            List<Duration> sorted = durations.stream().sorted().toList();
            int middle = sorted.size() / 2;
            medians.put(step, sorted.size() % 2 == 1 ? sorted.get(middle)
                    : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
        });
        return Map.copyOf(medians);
    }
}
