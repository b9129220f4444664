package dev.restorestation.core.diagnosis;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.Objects;

/**
 * What a failed (or finished) engine run means.
 *
 * @param appleCode  Apple's error number (4013, 3194…) when one applies, else null
 * @param statusCode the engine's own status or exit code when it gave one, else null
 * @param summary    one line for the technician
 */
public record Diagnosis(ErrorCategory category, Integer appleCode, Integer statusCode, String summary) {

    public Diagnosis {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(summary, "summary");
    }
}
