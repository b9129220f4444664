package dev.restorestation.gui;

import dev.restorestation.core.text.Messages;

/**
 * The window's words in the station's language, from {@code dev/restorestation/gui/messages*.properties}:
 * English is complete; Spanish and German carry every key.
 */
public final class Texts {

    public static final Messages MESSAGES = new Messages("dev.restorestation.gui.messages", Texts.class);

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }
}
