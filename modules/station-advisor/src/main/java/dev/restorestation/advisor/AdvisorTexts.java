package dev.restorestation.advisor;

import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.Messages;
import java.util.Locale;

/** The advisor's own sentences (the knowledge base's texts are in {@link KnowledgeTranslation}). */
public final class AdvisorTexts {

    static final Messages MESSAGES = new Messages("dev.restorestation.advisor.advice", AdvisorTexts.class);

    private AdvisorTexts() {
    }

    /** What a technician calls a category, e.g. "USB connection"; its id stays in JSON. */
    public static String categoryName(ErrorCategory category, Locale language) {
        return MESSAGES.text(language, "category." + category.id());
    }
}
