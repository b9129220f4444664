package dev.restorestation.app.text;

import dev.restorestation.core.text.Messages;

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
}
