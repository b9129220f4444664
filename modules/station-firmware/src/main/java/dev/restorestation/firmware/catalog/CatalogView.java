package dev.restorestation.firmware.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The builds for one device as the catalogs give them now, or as they were last saved.
 *
 * @param offline   true when the network failed and the saved catalog is used
 * @param fetchedAt when the ipsw.me part was fetched
 * @param notes     what the technician should know (offline age, a missing second source)
 */
public record CatalogView(String productType, List<CatalogEntry> entries, boolean offline, Instant fetchedAt,
                          List<CatalogNote> notes) {

    public CatalogView {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /** The notes worded in {@code language}. */
    public List<String> notesIn(Locale language) {
        return notes.stream().map(note -> note.in(language)).toList();
    }

    public Duration age(Instant now) {
        return Duration.between(fetchedAt, now);
    }
}
