package dev.restorestation.gui.bench;

import java.util.List;
import java.util.stream.Stream;

/** The slots whose restores are under way and those whose restores wait in the queue, each in slot order. */
public record Unfinished(List<String> restoring, List<String> waiting) {

    public Unfinished {
        restoring = List.copyOf(restoring);
        waiting = List.copyOf(waiting);
    }

    public boolean none() {
        return restoring.isEmpty() && waiting.isEmpty();
    }

    /** Every slot of both, restoring first. */
    public List<String> all() {
        return Stream.concat(restoring.stream(), waiting.stream()).toList();
    }
}
