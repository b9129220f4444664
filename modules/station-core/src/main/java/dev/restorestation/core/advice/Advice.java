package dev.restorestation.core.advice;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.List;

/**
 * What to do about one failure, best fix first.
 *
 * @param code       the code asked about, as text ("4013", "status 68", or a category id)
 * @param known      false when the code is not in the knowledge base and the category's generic advice is given
 * @param escalation empty, or why more software retries are pointless (likely hardware)
 */
public record Advice(String code, ErrorCategory category, String meaning, boolean known, List<Fix> fixes,
                     String escalation) {

    public Advice {
        fixes = List.copyOf(fixes);
        escalation = escalation == null ? "" : escalation;
    }
}
