package dev.restorestation.app.cli;

import dev.restorestation.core.text.Messages;

/**
 * The command line's human messages in the station's language. JSON, CSV and log lines never
 * come from here: they stay English with stable fields.
 */
public final class CliText {

    private static final Messages MESSAGES = new Messages("dev.restorestation.app.cli.messages", CliText.class);

    private CliText() {
    }

    public static String text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }
}
