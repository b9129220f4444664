package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.gui.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bench in one line for the status bar: "6 restoring · 4 queued · all done by ~14:20". */
final class BenchSummary {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private BenchSummary() {
    }

    /** The end time only when every restore and queued job has one: a partial one would promise too early. */
    static String of(List<SlotTile> tiles, ZoneId zone) {
        List<JobState.Running> running = tiles.stream().map(SlotTile::job)
                .filter(JobState.Running.class::isInstance).map(JobState.Running.class::cast).toList();
        long queued = running.stream().filter(job -> job.update().phase() == RestorePhase.QUEUED).count();
        String text = Texts.text("status.restoring", running.size() - queued)
                + (queued == 0 ? "" : " · " + Texts.text("status.queued", queued));
        return text + lastEnd(running).map(end -> " · " + Texts.text("status.doneBy", CLOCK.format(end.atZone(zone))))
                .orElse("");
    }

    private static Optional<Instant> lastEnd(List<JobState.Running> running) {
        if (running.isEmpty() || running.stream().anyMatch(job -> job.doneBy() == null)) {
            return Optional.empty();
        }
        return running.stream().map(JobState.Running::doneBy).max(Instant::compareTo);
    }
}
