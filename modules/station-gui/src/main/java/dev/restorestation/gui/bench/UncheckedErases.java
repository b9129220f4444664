package dev.restorestation.gui.bench;

import dev.restorestation.core.device.Ecid;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.Timer;

/**
 * Erases held back because their build's signing could not be checked. Several selected devices
 * come back this way within moments of each other (each job checks as it starts), so they are
 * gathered briefly and asked about in one question naming every slot, never one dialog per
 * device. Those that come back while the question is open are asked about next, by name.
 */
final class UncheckedErases {

    static final int GATHER_MILLIS = 400;

    private final BenchModel model;
    private final BenchView view;
    private final Consumer<List<SlotTile>> erase;
    private final Map<Ecid, String> waiting = new LinkedHashMap<>();
    private final Timer gather;
    private boolean asking;

    /** @param erase starts the tiles' erase again without the signing check, once the technician said yes */
    UncheckedErases(BenchModel model, BenchView view, Consumer<List<SlotTile>> erase) {
        this.model = model;
        this.view = view;
        this.erase = erase;
        this.gather = new Timer(GATHER_MILLIS, event -> ask());
        gather.setRepeats(false);
    }

    /** Another erase that waits for the technician's word, and why its signing was not checked. */
    void add(Ecid ecid, String why) {
        waiting.put(ecid, why);
        if (!asking) {
            gather.restart();
        }
    }

    private void ask() {
        asking = true;
        try {
            while (!waiting.isEmpty()) {
                Map<Ecid, String> now = new LinkedHashMap<>(waiting);
                waiting.clear();
                List<SlotTile> tiles = model.tiles().stream()
                        .filter(tile -> tile.present() && tile.device().ecid() != null
                                && now.containsKey(tile.device().ecid()) && tile.job() instanceof JobState.NotStarted)
                        .toList();
                if (tiles.isEmpty()) {
                    continue;
                }
                String why = String.join("; ", new LinkedHashSet<>(tiles.stream().map(tile -> now.get(tile.device().ecid())).toList()));
                if (view.confirmUncheckedErase(tiles, why)) {
                    erase.accept(tiles);
                }
            }
        } finally {
            asking = false;
        }
    }
}
