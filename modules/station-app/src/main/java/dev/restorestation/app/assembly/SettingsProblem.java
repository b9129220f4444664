package dev.restorestation.app.assembly;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.restorestation.app.text.AppText;
import dev.restorestation.core.text.Worded;
import java.nio.file.AccessDeniedException;
import java.util.stream.Collectors;

/**
 * Why a settings file cannot be used, in words: which setting and why, never the reader's class
 * names or its "line -1, column -1". A {@link dev.restorestation.core.text.Wording} where the
 * station words the reason, so the warning is in the technician's language and the log in English.
 */
final class SettingsProblem {

    private SettingsProblem() {
    }

    static Object reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Worded worded && worded.wording() != null) {
                return worded.wording();
            }
        }
        if (failure instanceof AccessDeniedException) {
            return AppText.wording("settings.reason.denied");
        }
        if (failure instanceof StreamReadException syntax) {
            JsonLocation at = syntax.getLocation();
            return at == null || at.getLineNr() < 1 ? AppText.wording("settings.reason.notJson")
                    : AppText.wording("settings.reason.notJsonAt", at.getLineNr(), at.getColumnNr());
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String setting = mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()))
                    .collect(Collectors.joining("."));
            return AppText.wording("settings.reason.wrongKind", setting);
        }
        if (failure instanceof JsonMappingException mapping && mapping.getCause() != null) {
            return reason(mapping.getCause());
        }
        String message = failure instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
