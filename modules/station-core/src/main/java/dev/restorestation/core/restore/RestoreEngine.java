package dev.restorestation.core.restore;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Port: a restore engine that drives one device per run (the real idevicerestore, or a
 * simulation). Events arrive in order on the engine's own thread, never on the UI thread;
 * {@link EngineEvent.Finished} is always the last one.
 */
public interface RestoreEngine {

    /** The name recorded with each attempt, e.g. {@code idevicerestore}. */
    String name();

    /** Its version as recorded with each attempt; empty when unknown. */
    String version();

    EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException;
}
