package dev.restorestation.app.assembly;

import static dev.restorestation.app.text.AppText.text;

/** A failure the command line reports as one line on stderr with its own exit status. */
public class StationException extends RuntimeException {

    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public StationException(String message) {
        this(message, FAILED);
    }

    public StationException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** For a command whose capability is not built yet: says so and exits 2, never pretends. */
    public static StationException notAvailableYet(String command) {
        return new StationException(text("station.notAvailableYet", command), USAGE);
    }
}
