package dev.restorestation.advisor;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when one device has failed often enough, in spite of different fixes, that the fault
 * is likely hardware: {@value #FAILURES} failures of one category since the device's last success,
 * with at least {@value #DIFFERENT_FIXES} different fixes applied before them. The device's last
 * attempt, when still RUNNING, is the failure being advised on (advice may be asked before the
 * attempt is finished in the history) and counts as one.
 */
public final class Escalation {

    public static final int FAILURES = 3;
    public static final int DIFFERENT_FIXES = 2;

    private Escalation() {
    }

    /** Why more software retries are pointless, or empty when they are still worth it. */
    public static Optional<String> check(List<RestoreAttempt> attemptsOldestFirst, ErrorCategory category, Locale language) {
        int lastSuccess = -1;
        for (int i = 0; i < attemptsOldestFirst.size(); i++) {
            if (attemptsOldestFirst.get(i).outcome() == AttemptOutcome.SUCCEEDED) {
                lastSuccess = i;
            }
        }
        int last = attemptsOldestFirst.size() - 1;
        List<RestoreAttempt> failures = new ArrayList<>();
        for (int i = lastSuccess + 1; i <= last; i++) {
            RestoreAttempt attempt = attemptsOldestFirst.get(i);
            boolean failed = attempt.outcome() == AttemptOutcome.FAILED && attempt.category() == category;
            boolean beingAdvised = i == last && attempt.outcome() == AttemptOutcome.RUNNING;
            if (failed || beingAdvised) {
                failures.add(attempt);
            }
        }
        Set<String> fixesTried = new LinkedHashSet<>();
        failures.forEach(a -> fixesTried.addAll(a.fixesApplied()));
        if (failures.size() < FAILURES || fixesTried.size() < DIFFERENT_FIXES) {
            return Optional.empty();
        }
        return Optional.of(AdvisorTexts.MESSAGES.text(language, "escalation.likelyHardware", failures.size(),
                category.id(), fixesTried.size(), String.join(", ", fixesTried)));
    }
}
