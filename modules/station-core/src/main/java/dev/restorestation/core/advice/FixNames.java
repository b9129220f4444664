package dev.restorestation.core.advice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words for the fix ids an attempt recorded ("cable-swap" → "Swap to a known-good cable").
 * Answers at once from memory, so the window may ask it while painting.
 */
@FunctionalInterface
public interface FixNames {

    /** Shows the ids themselves, for as long as nothing better is known. */
    FixNames IDS = id -> id;

    /** The fix's text; the id itself when it names no known fix. */
    String text(String id);

    /** "Swap to a known-good cable, Plug straight into the computer". */
    default String list(List<String> ids) {
        return ids.stream().map(this::text).collect(Collectors.joining(", "));
    }
}
