package dev.restorestation.core.restore;

import dev.restorestation.core.device.Ecid;
import java.util.Objects;

/**
 * Where one device's restore stands, published after every change for a tile to render.
 *
 * @param fraction 0..1 within {@code step}, or -1 when unknown
 * @param message  the latest thing worth showing a technician, e.g. {@code Waiting for NAND}
 * @param inLine   while queued, the place in the queue: 1 for the next to start; 0 otherwise
 */
public record RestoreUpdate(Ecid ecid, RestorePhase phase, RestoreStep step, double fraction, String message,
                            int inLine) {

    public RestoreUpdate {
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(step, "step");
        message = message == null ? "" : message;
        if (inLine < 0 || inLine > 0 && phase != RestorePhase.QUEUED) {
            throw new IllegalArgumentException("only a queued restore has a place in line, from 1: " + inLine);
        }
    }

    /** An update with no place in line. */
    public RestoreUpdate(Ecid ecid, RestorePhase phase, RestoreStep step, double fraction, String message) {
        this(ecid, phase, step, fraction, message, 0);
    }
}
