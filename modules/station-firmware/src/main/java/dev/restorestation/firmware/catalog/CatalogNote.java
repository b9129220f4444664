package dev.restorestation.firmware.catalog;

import dev.restorestation.core.text.Wording;
import dev.restorestation.firmware.text.FirmwareText;
import java.util.List;
import java.util.Locale;

/**
 * Something the technician should know about a catalog (its age offline, a missing second
 * source), worded when it is shown: in the station's language on a screen, in English in JSON.
 *
 * @param arguments the pattern's arguments; a note or a wording among them is worded in the same language
 */
public record CatalogNote(String key, List<Object> arguments) {

    public CatalogNote {
        arguments = List.copyOf(arguments);
    }

    static CatalogNote of(String key, Object... arguments) {
        return new CatalogNote(key, List.of(arguments));
    }

    public String in(Locale language) {
        Object[] worded = arguments.stream().map(argument -> argument instanceof CatalogNote note ? note.in(language)
                : argument instanceof Wording wording ? wording.text(language) : argument).toArray();
        return FirmwareText.text(language, key, worded);
    }
}
