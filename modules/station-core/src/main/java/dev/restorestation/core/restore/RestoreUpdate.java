package dev.restorestation.core.restore;

import dev.restorestation.core.device.Ecid;
import java.util.Objects;

/**
 * Where one device's restore stands, published after every change for a tile to render.
 *
 * @param fraction 0..1 within {@code step}, or -1 when unknown
 * @param message  the latest thing worth showing a technician, e.g. {@code Waiting for NAND}
 */
public record RestoreUpdate(Ecid ecid, RestorePhase phase, RestoreStep step, double fraction, String message) {

    public RestoreUpdate {
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(step, "step");
        message = message == null ? "" : message;
    }
}
