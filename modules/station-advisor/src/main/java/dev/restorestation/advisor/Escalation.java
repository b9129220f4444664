package dev.restorestation.advisor;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.ErrorCategory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when one device has failed often enough, in spite of different fixes, that the fault
 * is likely hardware: {@value #FAILURES} failures of one category since the device's last success,
 * with at least {@value #DIFFERENT_FIXES} different fixes applied before them.
 */
public final class Escalation {

    public static final int FAILURES = 3;
    public static final int DIFFERENT_FIXES = 2;

    private Escalation() {
    }

    /** Why more software retries are pointless, or empty when they are still worth it. */
    public static Optional<String> check(List<RestoreAttempt> attemptsOldestFirst, ErrorCategory category) {
        int lastSuccess = -1;
        for (int i = 0; i < attemptsOldestFirst.size(); i++) {
            if (attemptsOldestFirst.get(i).outcome() == AttemptOutcome.SUCCEEDED) {
                lastSuccess = i;
            }
        }
        List<RestoreAttempt> failures = attemptsOldestFirst.subList(lastSuccess + 1, attemptsOldestFirst.size()).stream()
                .filter(a -> a.outcome() == AttemptOutcome.FAILED && a.category() == category)
                .toList();
        Set<String> fixesTried = new LinkedHashSet<>();
        failures.forEach(a -> fixesTried.addAll(a.fixesApplied()));
        if (failures.size() < FAILURES || fixesTried.size() < DIFFERENT_FIXES) {
            return Optional.empty();
        }
        return Optional.of("Failed " + failures.size() + " times with " + category.id() + " errors on this device after "
                + fixesTried.size() + " different fixes (" + String.join(", ", fixesTried)
                + "): likely hardware. Stop software retries.");
    }
}
