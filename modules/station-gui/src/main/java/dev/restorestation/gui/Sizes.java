package dev.restorestation.gui;

import dev.restorestation.core.text.SizeText;
import dev.restorestation.core.text.StationLanguage;

/** Sizes as the window shows them: binary units with the station's decimal separator. */
public final class Sizes {

    private Sizes() {
    }

    public static String of(long bytes) {
        return SizeText.bytes(bytes, StationLanguage.current());
    }
}
