package dev.restorestation.app;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.cli.StationLinks;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A station process that holds the H2 history of a data directory and answers on its channel, as
 * the window does, until its standard input ends or it is killed.
 */
public final class HeldHistoryStation {

    public static final String READY = "holding the history";

    private HeldHistoryStation() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = new DataDirectory(Path.of(args[0])).open();
        try (HistoryDatabase history = HistoryDatabase.open(new HistorySource.EmbeddedFile(data.database()),
                "bench-1", Clock.systemUTC());
             StationLinks links = StationLinks.start(data, history, RestoreQueue.NONE)) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test closes standard input or kills this process
            }
        }
    }
}
