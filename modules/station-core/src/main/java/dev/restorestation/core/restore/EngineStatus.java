package dev.restorestation.core.restore;

import dev.restorestation.core.device.ServiceState;
import java.util.Objects;

/**
 * Whether the restore engine can run here, and which one.
 *
 * @param version as the engine reports it, empty when unknown
 * @param detail  for a technician: what is wrong and what to do, empty when all is well
 */
public record EngineStatus(String name, String version, ServiceState state, String detail) {

    public EngineStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        version = version == null ? "" : version;
        detail = detail == null ? "" : detail;
    }

    /** "idevicerestore 1.0.0", or "idevicerestore not found". */
    public String describe() {
        return switch (state) {
            case AVAILABLE, SIMULATED -> (name + " " + version).strip();
            case UNAVAILABLE -> name + " not found";
            case UNKNOWN -> name + " " + state.label();
        };
    }
}
