package dev.restorestation.advisor;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.text.StationLanguage;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a technician types into a {@link Diagnosis} to advise on: Apple's number
 * ({@code 4013}, {@code -1}), an engine status ({@code status 68}), a category id
 * ({@code usb-connection}) or a line from the engine's log.
 */
public final class AdviceQuery {

    private static final Pattern APPLE_CODE = Pattern.compile("-?\\d{1,6}");
    private static final Pattern STATUS = Pattern.compile("status\\s*[:=]?\\s*(-?\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private AdviceQuery() {
    }

    /** @throws IllegalArgumentException with one line saying what is accepted */
    public static Diagnosis diagnosis(String code, KnowledgeBase knowledge) {
        String text = code == null ? "" : code.strip();
        if (APPLE_CODE.matcher(text).matches()) {
            int apple = Integer.parseInt(text);
            ErrorCategory category = knowledge.appleCode(apple, ErrorCategory.UNKNOWN)
                    .map(KnownError::category).orElse(ErrorCategory.UNKNOWN);
            return new Diagnosis(category, apple, null, "");
        }
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            int value = Integer.parseInt(status.group(1));
            ErrorCategory category = knowledge.engineStatus(value).map(KnownError::category).orElse(ErrorCategory.UNKNOWN);
            return new Diagnosis(category, null, value, "");
        }
        for (ErrorCategory category : ErrorCategory.values()) {
            if (category.id().equals(text.toLowerCase(Locale.ROOT))) {
                return new Diagnosis(category, null, null, "");
            }
        }
        return knowledge.engineMessage(text)
                .map(entry -> new Diagnosis(entry.category(), null, null, text))
                .orElseThrow(() -> new IllegalArgumentException(
                        AdvisorTexts.MESSAGES.text(StationLanguage.current(), "query.unknownCode", text, categoryIds())));
    }

    private static String categoryIds() {
        return Arrays.stream(ErrorCategory.values()).map(ErrorCategory::id).collect(Collectors.joining(", "));
    }
}
