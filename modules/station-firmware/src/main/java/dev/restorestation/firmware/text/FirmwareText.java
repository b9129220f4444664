package dev.restorestation.firmware.text;

import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.Wording;
import java.util.Locale;

/**
 * The firmware jobs' progress lines and the catalog's notes in the station's language: the
 * window's firmware area and the command line show them as they come. Failure reasons are
 * {@link #wording}s: English where they are stored or logged, the station's language where shown.
 */
public final class FirmwareText {

    private static final Messages MESSAGES = new Messages("dev.restorestation.firmware.text.messages", FirmwareText.class);

    private FirmwareText() {
    }

    public static String text(String key, Object... arguments) {
        return MESSAGES.text(key, arguments);
    }

    public static Wording wording(String key, Object... arguments) {
        return Wording.of(MESSAGES, key, arguments);
    }

    public static String text(Locale language, String key, Object... arguments) {
        return MESSAGES.text(language, key, arguments);
    }
}
