package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.history.LabelDialog;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Device labels from the bench: "Print label…" on a tile asks for the printer and size; a device
 * verified after its restore gets its label by itself when Settings name a printer for that. A
 * label that cannot be printed by itself is saved as a PDF in the labels folder, and the notice
 * says where.
 */
final class TileLabels {

    private final DeviceLabels labels;
    private final AttemptLog attempts;
    private final TaskExecutor tasks;
    private final Supplier<LabelPrinting> settings;
    private final Path folder;
    private final Consumer<String> notice;

    TileLabels(DeviceLabels labels, AttemptLog attempts, TaskExecutor tasks, Supplier<LabelPrinting> settings,
               Path folder, Consumer<String> notice) {
        this.labels = labels;
        this.attempts = attempts;
        this.tasks = tasks;
        this.settings = settings;
        this.folder = folder;
        this.notice = notice;
    }

    /** Asks how to print the label of the tile's last attempt, then prints or saves it. */
    void choose(Component parent, SlotTile tile, long attemptId) {
        LabelPrinting printing = settings.get();
        UiTask.run(tasks, "label of slot " + tile.slot().label(), context -> new Known(attempt(tile, attemptId), labels.printers()),
                known -> LabelDialog.choose(parent, known.attempt(), known.printers(), printing.labelSize())
                        .ifPresent(choice -> deliver(known.attempt(), choice)),
                failure -> notice.accept(Texts.text("label.notMade", tile.slot().label(), UiTask.describe(failure))));
    }

    /** Prints the label of a verified restore on the Settings' printer when they ask for that. */
    void verified(SlotTile tile, long attemptId) {
        LabelPrinting printing = settings.get();
        if (!printing.onVerified() || printing.printer().isEmpty()) {
            return;
        }
        UiTask.run(tasks, "label of slot " + tile.slot().label(), context -> {
            RestoreAttempt attempt = attempt(tile, attemptId);
            try {
                labels.print(attempt, printing.labelSize(), printing.printer());
                return Texts.text("label.sentTo", attempt.ticket().id(), printing.printer());
            } catch (IOException printFailed) {
                Path pdf = savedInstead(attempt, printing);
                return Texts.text("label.savedInstead", attempt.ticket().id(), UiTask.describe(printFailed), pdf);
            }
        }, notice, failure -> notice.accept(Texts.text("label.notMade", tile.slot().label(), UiTask.describe(failure))));
    }

    private record Known(RestoreAttempt attempt, List<String> printers) {
    }

    private void deliver(RestoreAttempt attempt, LabelDialog.Choice choice) {
        UiTask.run(tasks, "label of ticket " + attempt.ticket(), context -> {
            if (choice.printer() != null) {
                labels.print(attempt, choice.size(), choice.printer());
                return Texts.text("label.sentTo", attempt.ticket().id(), choice.printer());
            }
            labels.save(attempt, choice.size(), choice.pdf());
            return Texts.text("label.savedAs", attempt.ticket().id(), choice.pdf());
        }, notice, failure -> notice.accept(Texts.text("label.notPrinted", attempt.ticket().id(), UiTask.describe(failure))));
    }

    private Path savedInstead(RestoreAttempt attempt, LabelPrinting printing) throws IOException {
        Files.createDirectories(folder);
        Path pdf = folder.resolve("label-" + attempt.ticket().id().replaceAll("[^A-Za-z0-9._-]+", "_") + "-"
                + attempt.id() + ".pdf");
        labels.save(attempt, printing.labelSize(), pdf);
        return pdf;
    }

    private RestoreAttempt attempt(SlotTile tile, long attemptId) {
        Optional<RestoreAttempt> found = tile.device() == null || tile.device().ecid() == null ? Optional.empty()
                : attempts.forDevice(tile.device().ecid()).stream().filter(each -> each.id() == attemptId).findFirst();
        return found.or(() -> attempts.all().stream().filter(each -> each.id() == attemptId).findFirst())
                .orElseThrow(() -> new IllegalStateException("attempt " + attemptId + " is not in the history"));
    }
}
