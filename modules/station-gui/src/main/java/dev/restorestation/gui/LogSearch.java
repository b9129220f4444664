package dev.restorestation.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a word occurs in a log, ignoring case, and which occurrence is current; wraps at both ends. */
final class LogSearch {

    private final List<Integer> starts = new ArrayList<>();
    private final int length;
    private int current = -1;

    LogSearch(String log, String word) {
        length = word.length();
        if (!word.isEmpty()) {
            String haystack = log.toLowerCase(Locale.ROOT);
            String needle = word.toLowerCase(Locale.ROOT);
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
                starts.add(at);
            }
        }
    }

    List<Integer> starts() {
        return starts;
    }

    int length() {
        return length;
    }

    /** The start of the next occurrence, after the current one; -1 without any. */
    int next() {
        return move(1);
    }

    int previous() {
        return move(-1);
    }

    private int move(int step) {
        if (starts.isEmpty()) {
            return -1;
        }
        current = current < 0 ? (step > 0 ? 0 : starts.size() - 1) : Math.floorMod(current + step, starts.size());
        return starts.get(current);
    }

    /** "2 of 5", "No match". */
    String describe() {
        if (starts.isEmpty()) {
            return length == 0 ? " " : Texts.text("log.match.none");
        }
        return current < 0 ? Texts.text("log.match.count", starts.size())
                : Texts.text("log.match.position", current + 1, starts.size());
    }
}
