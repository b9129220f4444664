package dev.restorestation.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One module's texts in the station's language, from {@code NAME.properties} (English) and its
 * translations {@code NAME_es.properties}, {@code NAME_de.properties}, read as UTF-8. Every text
 * goes through {@link MessageFormat}, with or without arguments, so an apostrophe is always
 * written twice ({@code don''t}) and numbers and dates follow the language.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Class<?> anchor;

    /** @param anchor a class of the module, whose loader finds the bundle */
    public Messages(String baseName, Class<?> anchor) {
        this.baseName = baseName;
        this.anchor = anchor;
    }

    /** The text for {@code key} in the station's current language. */
    public String text(String key, Object... arguments) {
        return text(StationLanguage.current(), key, arguments);
    }

    public String text(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle(StationLanguage.current()).containsKey(key);
    }

    /**
     * The keys written in one language's own file ({@code NAME.properties} for English), so a
     * test can tell a missing translation from one that falls back to English.
     */
    public Set<String> keysWrittenFor(Locale locale) {
        String suffix = locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "" : "_" + locale.getLanguage();
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        return Set.copyOf(TextFile.read(anchor, path).stringPropertyNames());
    }

    private ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, anchor.getClassLoader(), NO_SYSTEM_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no texts " + baseName + " on the class path", e);
        }
    }
}
