package dev.restorestation.advisor;

import java.util.Locale;

/**
 * A slot whose USB failures stand out from the rest of the bench.
 *
 * @param pValue the one-sided Fisher exact p-value of this slot against the rest of the bench
 */
public record SlotFinding(String slot, int attempts, int failures, int benchAttempts, int benchFailures, double pValue) {

    /** One line for the technician, e.g. on the slot's tile or in the advice. */
    public String describe() {
        return String.format(Locale.ROOT,
                "slot %s lost USB on %d of %d attempts against %d of %d on the rest of the bench (p = %.2g): "
                        + "replace its cable or hub port",
                slot, failures, attempts, benchFailures, benchAttempts, pValue);
    }
}
