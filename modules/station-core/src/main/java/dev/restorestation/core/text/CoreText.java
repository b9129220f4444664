package dev.restorestation.core.text;

/** The core's own words ({@code core/text/words*.properties}) for reasons other modules show. */
public final class CoreText {

    private CoreText() {
    }

    public static Wording wording(String key, Object... arguments) {
        return Wording.of(DurationText.WORDS, key, arguments);
    }
}
