package dev.restorestation.restore.job;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreResult;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which failures the station retries by itself, once, when the device is back in Recovery or DFU
 * mode in its slot. Only categories where trying again unchanged may help can be chosen; a
 * failure the advisor escalates (the device keeps failing) is never retried.
 */
public record RetryPolicy(Set<ErrorCategory> categories) {

    public RetryPolicy {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        for (ErrorCategory category : categories) {
            if (!category.retryable()) {
                throw new IllegalArgumentException(category.id() + " failures are never retried automatically");
            }
        }
    }

    public static RetryPolicy none() {
        return new RetryPolicy(Set.of());
    }

    boolean retries(RestoreResult.Failed failed) {
        return categories.contains(failed.diagnosis().category()) && failed.advice().escalation().isEmpty();
    }
}
