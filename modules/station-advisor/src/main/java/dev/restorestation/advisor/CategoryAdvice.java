package dev.restorestation.advisor;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.List;

/**
 * The generic advice for a category, given when a code is not in the knowledge base.
 *
 * @param escalates whether repeated failures on one device point at hardware (usb-connection
 *                  does; network or signing do not: they fail the same on every device)
 */
public record CategoryAdvice(ErrorCategory category, String meaning, boolean escalates, List<KnowledgeFix> fixes) {

    public CategoryAdvice {
        fixes = List.copyOf(fixes);
    }
}
