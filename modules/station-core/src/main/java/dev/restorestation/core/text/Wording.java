package dev.restorestation.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text of some module's {@link Messages} with its arguments, worded only when it is shown: in
 * English for JSON, CSV and logs ({@link #english()}, also {@link #toString()}), in the station's
 * language for a person ({@link #text()}). Lets a module below the window say something the
 * window shows in the technician's words without the window knowing its sentences.
 */
public record Wording(Messages messages, String key, List<Object> arguments) {

    public Wording {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Wording of(Messages messages, String key, Object... arguments) {
        return new Wording(messages, key, Arrays.asList(arguments));
    }

    public String english() {
        return text(Locale.ENGLISH);
    }

    /** In the station's current language. */
    public String text() {
        return text(StationLanguage.current());
    }

    /** Arguments that are wordings themselves are worded in the same language. */
    public String text(Locale language) {
        Object[] worded = arguments.stream()
                .map(argument -> argument instanceof Wording inner ? inner.text(language) : argument)
                .toArray();
        return messages.text(language, key, worded);
    }

    @Override
    public String toString() {
        return english();
    }
}
