package dev.restorestation.devices.text;

import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.Wording;

/**
 * The device layer's words that reach the technician, from {@code dev/restorestation/devices/texts*.properties}:
 * handed on as {@link Wording}s, English for JSON and logs, the station's language in the window.
 */
public final class DeviceTexts {

    static final Messages MESSAGES = new Messages("dev.restorestation.devices.texts", DeviceTexts.class);

    private DeviceTexts() {
    }

    public static Wording wording(String key, Object... arguments) {
        return Wording.of(MESSAGES, key, arguments);
    }
}
