package dev.restorestation.gui.firmware;

import dev.restorestation.core.task.Progress;
import dev.restorestation.gui.Texts;

/** The one line under a running firmware job's progress bar. */
final class JobText {

    private JobText() {
    }

    /** A task's own words (the downloader's carry bytes, rate and time left), with its percentage when known. */
    static String step(Progress progress) {
        String step = progress.step().isBlank() ? Texts.text("jobs.working") : capitalised(progress.step());
        if (progress.fraction() == Progress.UNKNOWN || step.contains("%")) {
            return step;
        }
        return Texts.text("jobs.percent", step, Math.round(progress.fraction() * 100));
    }

    /** A paused download: how far it got, and that the part is kept. */
    static String paused(Progress last) {
        if (last == null || last.fraction() <= 0) {
            return Texts.text("jobs.paused");
        }
        return Texts.text("jobs.pausedAt", Math.round(last.fraction() * 100));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
