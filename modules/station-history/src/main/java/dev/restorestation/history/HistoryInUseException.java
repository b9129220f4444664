package dev.restorestation.history;

/** Another station process holds this station's own H2 history file. */
public final class HistoryInUseException extends HistoryException {

    HistoryInUseException(String message) {
        super(message);
    }
}
