package dev.restorestation.core.advice;

import java.util.Objects;

/**
 * A slot whose USB failures stand out.
 *
 * @param failures attempts in the slot that failed with a {@code usb-connection} error
 * @param advice   one line for the technician: what was seen and what to do
 */
public record SlotWarning(String slot, int attempts, int failures, String advice) {

    public SlotWarning {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(advice, "advice");
    }
}
