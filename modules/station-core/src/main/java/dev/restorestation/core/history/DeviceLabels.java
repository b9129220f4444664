package dev.restorestation.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Port: the device label of an attempt, saved as a PDF or printed. Blocks on the disk and the
 * print system: never call it on the UI thread.
 */
public interface DeviceLabels {

    /** The printers this computer offers, by name; empty when it has none. */
    List<String> printers();

    /** Writes the label of {@code attempt} to {@code pdf}. */
    void save(RestoreAttempt attempt, LabelSize size, Path pdf) throws IOException;

    /** Prints the label of {@code attempt} on {@code printer}; fails with the reason in one line. */
    void print(RestoreAttempt attempt, LabelSize size, String printer) throws IOException;
}
