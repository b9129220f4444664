package dev.restorestation.core.settings;

import dev.restorestation.core.text.CoreText;
import dev.restorestation.core.text.WordedArgumentException;

/**
 * A setting outside what the station accepts, said in words, so a warning about a settings file can
 * name the setting and why in the technician's language.
 */
public final class InvalidSettingException extends WordedArgumentException {

    InvalidSettingException(String key, Object... arguments) {
        super(CoreText.wording(key, arguments));
    }
}
