package dev.restorestation.restore.text;

import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.Wording;
import java.util.Locale;

/**
 * What the restore module tells a technician (the engine probe's detail, why a restore did not
 * start) in the station's language.
 */
public final class RestoreText {

    private static final Messages MESSAGES = new Messages("dev.restorestation.restore.text.messages", RestoreText.class);

    private RestoreText() {
    }

    public static Wording wording(String key, Object... arguments) {
        return Wording.of(MESSAGES, key, arguments);
    }

    public static String text(Locale language, String key, Object... arguments) {
        return MESSAGES.text(language, key, arguments);
    }
}
