package dev.restorestation.core.restore;

import java.util.List;

/** Reads a kept engine log the way the station diagnoses a restore. */
@FunctionalInterface
public interface EngineLogReader {

    /** The numbers (1 is the first) of the lines that decided what the log came to, in order; empty when none did. */
    List<Long> evidenceLines(String engineLog);
}
