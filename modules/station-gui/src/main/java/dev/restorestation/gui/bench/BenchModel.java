package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.Slot;
import dev.restorestation.gui.UiThread;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The bench as the window knows it: one {@link SlotTile} per slot, keyed by the slot's port
 * path. Confined to the EDT. A slot whose device left keeps its tile while it has a ticket or a
 * job to tell about (a cable pulled mid-restore must not make the failure vanish).
 */
public final class BenchModel {

    private final Map<String, SlotTile> tiles = new LinkedHashMap<>();
    private final Map<Ecid, String> slotOfDevice = new HashMap<>();
    private final Map<String, Slot> known = new HashMap<>();
    /** The last phone seen in each slot, kept after it leaves: its tile's ticket and result are its own. */
    private final Map<String, Ecid> phoneIn = new HashMap<>();
    private BenchSnapshot lastBench;

    /**
     * Shows the bench as it is now. A different phone in a slot whose tile holds another phone's
     * ticket or finished result gets a fresh tile; those replaced tiles are returned, so the
     * window can say where their results went.
     */
    public List<SlotTile> applyBench(BenchSnapshot bench) {
        UiThread.requireEdt();
        lastBench = bench;
        Set<String> present = new HashSet<>();
        List<SlotTile> replaced = new ArrayList<>();
        for (DeviceSnapshot device : bench.devices()) {
            String key = device.slot().portPath();
            present.add(key);
            SlotTile old = tiles.get(key);
            if (old != null && anotherPhone(key, device) && !old.job().active()) {
                slotOfDevice.remove(phoneIn.get(key));
                if (old.worthKeeping()) {
                    replaced.add(old);
                }
                old = null;
            }
            tiles.put(key, old == null ? SlotTile.of(device) : old.withDevice(device));
            if (device.ecid() != null) {
                slotOfDevice.put(device.ecid(), key);
                phoneIn.put(key, device.ecid());
            }
        }
        tiles.replaceAll((key, tile) -> present.contains(key) ? tile : tile.withDevice(null));
        tiles.values().removeIf(tile -> !tile.present() && !tile.worthKeeping() && !known.containsKey(tile.key()));
        known.forEach((key, slot) -> tiles.putIfAbsent(key, SlotTile.empty(slot)));
        return replaced;
    }

    /** Both phones known by ECID and not the same: a phone without one yet (locked DFU) is given the benefit of the doubt. */
    private boolean anotherPhone(String slotKey, DeviceSnapshot device) {
        Ecid before = phoneIn.get(slotKey);
        return before != null && device.ecid() != null && !before.equals(device.ecid());
    }

    /** The slots the hub is known to have: each gets a tile, dimmed while empty. */
    public void applyKnownSlots(List<Slot> slots) {
        UiThread.requireEdt();
        known.clear();
        slots.forEach(slot -> known.put(slot.portPath(), slot));
        if (lastBench != null) {
            applyBench(lastBench);
        } else {
            known.forEach((key, slot) -> tiles.putIfAbsent(key, SlotTile.empty(slot)));
        }
    }

    /** Changes the tile of the slot the device was last seen in; false when it is unknown. */
    public boolean updateDevice(Ecid ecid, UnaryOperator<SlotTile> change) {
        String key = slotOfDevice.get(ecid);
        return key != null && update(key, change);
    }

    public boolean update(String slotKey, UnaryOperator<SlotTile> change) {
        UiThread.requireEdt();
        SlotTile tile = tiles.get(slotKey);
        if (tile == null) {
            return false;
        }
        tiles.put(slotKey, change.apply(tile));
        return true;
    }

    /** Readies a tile for the next phone; an empty slot the hub is not known to have loses its tile. */
    public void clear(String slotKey) {
        if (update(slotKey, SlotTile::cleared) && !tiles.get(slotKey).present() && !known.containsKey(slotKey)) {
            tiles.remove(slotKey);
        }
    }

    /** The slot the phone was last seen in. */
    public Optional<String> phoneSlot(Ecid ecid) {
        return Optional.ofNullable(slotOfDevice.get(ecid));
    }

    /** The phone the tile's ticket and result belong to, known after it left the slot too. */
    public Optional<Ecid> phoneIn(String slotKey) {
        return Optional.ofNullable(phoneIn.get(slotKey));
    }

    public Optional<SlotTile> tile(String slotKey) {
        return Optional.ofNullable(tiles.get(slotKey));
    }

    /** In slot order. */
    public List<SlotTile> tiles() {
        List<SlotTile> ordered = new ArrayList<>(tiles.values());
        ordered.sort(Comparator.comparing(SlotTile::slot));
        return ordered;
    }

    public Optional<BenchSnapshot> lastBench() {
        return Optional.ofNullable(lastBench);
    }

    public long running() {
        return tiles.values().stream().filter(tile -> tile.job().active()).count();
    }
}
