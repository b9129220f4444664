package dev.restorestation.history;

import java.nio.file.Path;

/**
 * The history file is damaged: it was moved aside whole to {@link #keptAs()}, and no new history
 * is started until someone asks for one ({@link HistoryDatabase#startNew}).
 */
public final class DamagedHistoryException extends HistoryException {

    private final transient Path keptAs;

    DamagedHistoryException(String message, Path keptAs) {
        super(message);
        this.keptAs = keptAs;
    }

    public Path keptAs() {
        return keptAs;
    }
}
