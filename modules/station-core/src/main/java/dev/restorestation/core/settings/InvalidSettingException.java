package dev.restorestation.core.settings;

import dev.restorestation.core.text.Messages;
import dev.restorestation.core.text.Worded;
import dev.restorestation.core.text.Wording;

/**
 * A setting outside what the station accepts, said in words: English as the message, the
 * station's language as the localized message, so a warning about a settings file can name the
 * setting and why in the technician's language.
 */
public final class InvalidSettingException extends IllegalArgumentException implements Worded {

    private static final Messages WORDS = new Messages("dev.restorestation.core.text.words", InvalidSettingException.class);

    private final transient Wording wording;

    InvalidSettingException(String key, Object... arguments) {
        this(Wording.of(WORDS, key, arguments));
    }

    private InvalidSettingException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public Wording wording() {
        return wording;
    }

    @Override
    public String getLocalizedMessage() {
        return wording.text();
    }
}
