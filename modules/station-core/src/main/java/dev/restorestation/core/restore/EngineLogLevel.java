package dev.restorestation.core.restore;

/**
 * How severe an engine line is: old builds prefix {@code ERROR:}, {@code WARNING:}, {@code NOTE:}
 * or {@code INFO:}; new builds write {@code <Error>}, {@code <Warning>}, {@code <Notice>},
 * {@code <Info>}, {@code <Verbose>} or {@code <Debug>}. Unmarked console lines are INFO.
 */
public enum EngineLogLevel {
    ERROR,
    WARNING,
    NOTICE,
    INFO,
    VERBOSE,
    DEBUG
}
