package dev.restorestation.history;

/** The history database could not do what was asked; the message is one line for a technician. */
public class HistoryException extends RuntimeException {

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
