package dev.restorestation.history;

import dev.restorestation.core.history.AttemptLog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A station process for {@link KillMidAttemptTest}: begins an attempt, reports each stage on
 * stdout, then waits to be killed. Args: {@code h2 FOLDER | postgres URL}, then {@code begin} or
 * {@code log} (also writes engine output and progress, and waits past H2's write delay).
 */
public final class AttemptInFlight {

    static final String BEGUN = "begun ";
    static final String LOGGED = "logged";
    static final String ENGINE_OUTPUT = "Sending iBEC...\nWaiting for device to reconnect...\n";

    private AttemptInFlight() {
    }

    public static void main(String[] args) throws InterruptedException {
        HistorySource source = args[0].equals("h2")
                ? new HistorySource.EmbeddedFile(Path.of(args[1]))
                : new HistorySource.SharedServer(args[1]);
        HistoryDatabase database = HistoryDatabase.open(source, "bench-1", Clock.systemUTC());
        AttemptLog log = database.attemptLog();
        long id = log.begin(Attempts.of("R-KILL", Attempts.IPHONE, "9", "replace-cable"));
        System.out.println(BEGUN + id);
        System.out.flush();
        if (args[2].equals("log")) {
            log.progress(id, "Sending iBEC", 100);
            log.appendLog(id, ENGINE_OUTPUT);
            // Engine output is written within H2's write delay (100 ms), not forced: no event says
            // when, so the kill waits well past it, as a crash a moment later would.
            Thread.sleep(1500);
            System.out.println(LOGGED);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
