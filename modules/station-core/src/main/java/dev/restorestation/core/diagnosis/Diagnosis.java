package dev.restorestation.core.diagnosis;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.Wording;
import java.util.Objects;

/**
 * What a failed (or finished) engine run means.
 *
 * @param appleCode  Apple's error number (4013, 3194…) when one applies, else null
 * @param statusCode the engine's own status or exit code when it gave one, else null
 * @param summary    one line for the technician, in English: the history, its exports and the logs keep it
 * @param wording    the same line in words, for a screen in the station's language; null when it is English only
 */
public record Diagnosis(ErrorCategory category, Integer appleCode, Integer statusCode, String summary, Wording wording) {

    public Diagnosis {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(summary, "summary");
    }

    public Diagnosis(ErrorCategory category, Integer appleCode, Integer statusCode, String summary) {
        this(category, appleCode, statusCode, summary, null);
    }

    /** A diagnosis whose summary is {@code wording}'s English. */
    public static Diagnosis worded(ErrorCategory category, Wording wording) {
        return new Diagnosis(category, null, null, wording.english(), wording);
    }

    /** Two diagnoses that say the same are equal, whether or not one has words for a screen. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnosis that && category == that.category && Objects.equals(appleCode, that.appleCode)
                && Objects.equals(statusCode, that.statusCode) && summary.equals(that.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, appleCode, statusCode, summary);
    }

    /** The summary in the station's language where it has words, else the English one. */
    public String localizedSummary() {
        return wording == null ? summary : wording.text();
    }
}
