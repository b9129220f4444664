package dev.restorestation.advisor;

import java.util.Locale;

/**
 * A slot whose USB failures stand out from the rest of the bench.
 *
 * @param pValue the one-sided Fisher exact p-value of this slot against the rest of the bench
 */
public record SlotFinding(String slot, int attempts, int failures, int benchAttempts, int benchFailures, double pValue) {

    /** One line for the technician, e.g. on the slot's tile or in the advice. */
    public String describe(Locale language) {
        return AdvisorTexts.MESSAGES.text(language, "slot.losesUsb", slot, failures, attempts, benchFailures, benchAttempts,
                String.format(language, "%.2g", pValue));
    }
}
