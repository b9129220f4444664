package dev.restorestation.app.text;

import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.Wording;
import java.util.Locale;

/**
 * The station's human messages outside the window (the command line, its assembly, the reports)
 * in the station's language. JSON, CSV and log lines never come from here: they stay English
 * with stable fields.
 */
public final class AppText {

    private static final Messages MESSAGES = new Messages("dev.restorestation.app.text.messages", AppText.class);

    private AppText() {
    }

    public static String text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }

    /** A text to keep or log in English and show in the station's language. */
    public static Wording wording(String key, Object... arguments) {
        return Wording.of(MESSAGES, key, arguments);
    }

    /** In {@code language}: English for a line that is also logged. */
    public static String text(Locale language, String key, Object... arguments) {
        return MESSAGES.text(language, key, arguments);
    }

    /** What the device said after its restore, as {@link Verification#describe()} says it in English. */
    public static String verification(Verification check) {
        return switch (check.result()) {
            case VERIFIED -> text("verification.verified", check.deviceBuild());
            case WRONG_BUILD -> check.deviceBuild() == null ? text("verification.noBuild")
                    : text("verification.wrongBuild", check.deviceBuild());
            case NOT_SEEN -> text("verification.notSeen");
        };
    }
}
