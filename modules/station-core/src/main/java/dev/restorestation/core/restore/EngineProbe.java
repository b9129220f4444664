package dev.restorestation.core.restore;

/** Port: finds the restore engine and asks its version. Blocking: call it off the UI thread. */
public interface EngineProbe {

    EngineStatus probe();
}
