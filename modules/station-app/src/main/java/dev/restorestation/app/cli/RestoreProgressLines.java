package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Restore progress as lines: each phase, each step, every tenth of a step, each device message,
 * and how long the station waits for the restored device to come back.
 */
final class RestoreProgressLines implements Consumer<RestoreUpdate> {

    private final PrintWriter out;
    private final String slotLabel;
    private final int waitMinutes;
    private RestorePhase phase;
    private RestoreStep step;
    private int tenth = -1;
    private String message = "";

    /** {@code waitMinutes}: how long a restored device has to come back, as the settings say. */
    RestoreProgressLines(PrintWriter out, String slotLabel, int waitMinutes) {
        this.out = out;
        this.slotLabel = slotLabel;
        this.waitMinutes = waitMinutes;
    }

    @Override
    public synchronized void accept(RestoreUpdate update) {
        if (update.phase() == RestorePhase.FINISHED) {
            return;
        }
        if (update.phase() != phase) {
            phase = update.phase();
            step = null;
            print(phase == RestorePhase.VERIFYING ? text("progress.waitingForReturn", waitMinutes)
                    : text("phase." + phase.name()));
        }
        if (update.step() != RestoreStep.UNKNOWN && update.fraction() >= 0) {
            int newTenth = (int) Math.floor(update.fraction() * 10);
            if (update.step() != step || newTenth != tenth) {
                step = update.step();
                tenth = newTenth;
                print(text("progress.step", text("step." + step.name()), newTenth / 10.0));
            }
        } else if (!update.message().isEmpty() && !update.message().equals(message) && !update.message().equals(phase.label())) {
            message = update.message();
            print(message);
        }
    }

    private void print(String line) {
        out.println(text("progress.slot", slotLabel, line));
        out.flush();
    }
}
