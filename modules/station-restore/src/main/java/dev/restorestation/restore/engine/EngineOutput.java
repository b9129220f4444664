package dev.restorestation.restore.engine;

import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.restore.log.EngineLineParser;
import java.util.function.Consumer;

/**
 * Where both output streams of one engine run meet: lines are parsed and their events handed on
 * one at a time, in the order the lines were read, whichever stream they came from.
 */
final class EngineOutput {

    private final EngineLineParser parser = new EngineLineParser();
    private final Consumer<EngineEvent> events;

    EngineOutput(Consumer<EngineEvent> events) {
        this.events = events;
    }

    synchronized void line(String line) {
        parser.parse(line).forEach(events);
    }

    synchronized void finished(int exitCode) {
        events.accept(new EngineEvent.Finished(exitCode));
    }
}
