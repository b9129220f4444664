package dev.restorestation.gui.testing;

import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A computer's printers, by name, that keep what they were asked to print or save instead of printing it. */
public final class RecordingLabels implements DeviceLabels {

    /** One label asked for: on a printer, or saved as the PDF. */
    public record Label(long attemptId, LabelSize size, String printer, Path pdf) {
    }

    private final List<String> printers;
    private final List<Label> labels = new CopyOnWriteArrayList<>();
    private volatile String printFailure;

    public RecordingLabels(List<String> printers) {
        this.printers = List.copyOf(printers);
    }

    /** Printing fails from now on, for this reason, as a printer that went away does. */
    public RecordingLabels printFails(String reason) {
        printFailure = reason;
        return this;
    }

    public List<Label> labels() {
        return labels;
    }

    @Override
    public List<String> printers() {
        return printers;
    }

    @Override
    public void save(RestoreAttempt attempt, LabelSize size, Path pdf) {
        labels.add(new Label(attempt.id(), size, null, pdf));
    }

    @Override
    public void print(RestoreAttempt attempt, LabelSize size, String printer) throws IOException {
        if (printFailure != null) {
            throw new IOException(printFailure);
        }
        labels.add(new Label(attempt.id(), size, printer, null));
    }
}
