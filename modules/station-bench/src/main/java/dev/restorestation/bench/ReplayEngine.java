package dev.restorestation.bench;

import dev.restorestation.core.restore.EngineAction;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.restore.log.EngineLineParser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An engine that writes a recorded idevicerestore log at the pace it was recorded, sped up
 * {@code timeScale} times, through the station's own line parser: the station gets the lines,
 * their number and their rhythm of a real restore. One thread per run, as the real engine has a
 * reader thread per process.
 */
final class ReplayEngine implements RestoreEngine {

    private static final int CANCELLED_EXIT = 143;

    private final ReplayLog log;
    private final double timeScale;
    private final Consumer<EngineRequest> restored;
    final AtomicLong lines = new AtomicLong();

    /** @param restored called after a replay ends well, so the simulated bench can bring the device back */
    ReplayEngine(ReplayLog log, double timeScale, Consumer<EngineRequest> restored) {
        this.log = log;
        this.timeScale = timeScale;
        this.restored = restored;
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String version() {
        return "replay";
    }

    @Override
    public EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException {
        Files.createDirectories(request.cacheDirectory());
        Run run = new Run(request, events);
        run.thread.start();
        return run;
    }

    private final class Run implements EngineRun {

        private final EngineRequest request;
        private final Consumer<EngineEvent> events;
        private final EngineLineParser parser = new EngineLineParser();
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread thread;
        private volatile int exitCode;

        Run(EngineRequest request, Consumer<EngineEvent> events) {
            this.request = request;
            this.events = events;
            this.thread = new Thread(this::play, "replay engine " + request.ecid().shortForm());
            thread.setDaemon(true);
        }

        private void play() {
            int code = 0;
            try {
                if (request.action() == EngineAction.SIGNING_CHECK) {
                    say("Getting SHSH blobs for ECID " + request.ecid().value() + "...");
                    say("SHSH saved to 'shsh/" + request.ecid().value() + ".shsh'");
                } else {
                    replay();
                }
            } catch (InterruptedException e) {
                code = CANCELLED_EXIT;
            }
            events.accept(new EngineEvent.Finished(code));
            exitCode = code;
            finished.countDown();
            if (code == 0 && request.action() != EngineAction.SIGNING_CHECK) {
                restored.accept(request);
            }
        }

        private void replay() throws InterruptedException {
            long start = System.nanoTime();
            for (int i = 0; i < log.lines().size(); i++) {
                long due = start + (long) (log.offsetMillis()[i] * 1_000_000 / timeScale);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                say(log.lines().get(i));
            }
        }

        private void say(String line) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            lines.incrementAndGet();
            parser.parse(line).forEach(events);
        }

        @Override
        public int waitFor() throws InterruptedException {
            finished.await();
            return exitCode;
        }

        @Override
        public boolean waitFor(Duration timeout) throws InterruptedException {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void cancel() {
            thread.interrupt();
        }
    }
}
