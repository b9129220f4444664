package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** A bench without a window for controller tests: the tiles as shown, restores the test speaks for, no slots. */
final class BenchFakes {

    private BenchFakes() {
    }

    /** Restores that never end; the test speaks for their engines through {@link #updates}. */
    static final class HeldRestores implements RestoreService {
        final List<Consumer<RestoreUpdate>> updates = new ArrayList<>();
        final List<RestoreRequest> requests = new ArrayList<>();

        @Override
        public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> progress) {
            updates.add(progress);
            requests.add(request);
            CompletableFuture<RestoreResult> never = new CompletableFuture<>();
            return new RestoreHandle() {
                @Override
                public RestoreRequest request() {
                    return request;
                }

                @Override
                public CompletableFuture<RestoreResult> result() {
                    return never;
                }

                @Override
                public void cancel() {
                }
            };
        }

        @Override
        public void close() {
        }
    }

    /** The tiles as last shown, and the selection a click would make. */
    static final class PlainView implements BenchView {
        List<SlotTile> tiles = List.of();
        final Map<String, Boolean> selected = new ConcurrentHashMap<>();
        List<BuildOption> offered = List.of();
        Function<List<BuildOption>, Optional<BuildOption>> pick = choices -> Optional.empty();
        boolean erase;

        void selectAll() {
            tiles.forEach(tile -> selected.put(tile.key(), true));
        }

        @Override
        public void show(List<SlotTile> shown) {
            tiles = shown;
        }

        @Override
        public List<SlotTile> selected() {
            return tiles.stream().filter(tile -> selected.containsKey(tile.key())).toList();
        }

        @Override
        public void select(String slotKey) {
            selected.clear();
            selected.put(slotKey, true);
        }

        @Override
        public Optional<String> focusedTile() {
            return selected.keySet().stream().findFirst();
        }

        @Override
        public void scanOutcome(boolean refused, String... forms) {
        }

        @Override
        public boolean confirmReplace(SlotTile tile, Ticket ticket) {
            return false;
        }

        @Override
        public boolean confirmCancel(List<SlotTile> running) {
            return false;
        }

        @Override
        public boolean confirmErase(List<SlotTile> tilesToErase) {
            return erase;
        }

        @Override
        public Optional<String> askNote(Ticket ticket, String current) {
            return Optional.empty();
        }

        @Override
        public void showEngineLog(String title, String log) {
        }

        @Override
        public void calibrate(int suggestedSlots, Runnable onTaught) {
        }

        @Override
        public boolean confirmUncheckedErase(List<SlotTile> tiles, String why) {
            return false;
        }

        @Override
        public Optional<BuildOption> chooseBuild(List<SlotTile> chosenFor, List<BuildOption> choices) {
            offered = choices;
            return pick.apply(choices);
        }

        @Override
        public void restoreEnded(SlotTile tile) {
        }
    }

    static final class NoSlots implements SlotLabels {
        @Override
        public List<Slot> known() {
            return List.of();
        }

        @Override
        public Calibration calibrate(int first, int last, BenchSnapshot now) {
            throw new UnsupportedOperationException("not calibrated here");
        }
    }
}
