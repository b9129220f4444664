package dev.restorestation.gui.bench;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.gui.UiThread;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.Timer;

/**
 * The demo bench's story, played through the same controller a technician's clicks use: tickets
 * are scanned, restores start, some fail; once the first wave is over, the first USB failure
 * in slot order gets its top fix ticked and is retried. The rest stays for the newcomer to explore. Runs on the EDT, on a Swing timer.
 */
public final class DemoScenario {

    private static final int TICK_MS = 250;
    private static final List<String> FIRST_WAVE = List.of("1", "2", "3", "5", "7", "9", "4", "6", "12");
    private static final long FIX_DELAY_MS = 6000;

    private final BenchController bench;
    private final Timer timer = new Timer(TICK_MS, e -> step());
    private long elapsed;
    private int ticketsGiven;
    private int started;
    private long firstFailureSeen = -1;
    private boolean retried;
    private String retriedSlot;

    public DemoScenario(BenchController bench) {
        this.bench = bench;
    }

    public void start() {
        UiThread.requireEdt();
        timer.start();
    }

    private void step() {
        elapsed += TICK_MS;
        List<SlotTile> tiles = bench.model().tiles();
        if (tiles.isEmpty()) {
            return;
        }
        if (ticketsGiven < tiles.size() && elapsed >= 800) {
            SlotTile tile = tiles.get(ticketsGiven++);
            bench.selectSlot(tile.slot().label());
            bench.assignTicket(String.format(Locale.ROOT, "R-%d", 10470 + ticketsGiven));
            return;
        }
        if (started < FIRST_WAVE.size() && elapsed >= 1500 + started * 700L) {
            if (bench.selectSlot(FIRST_WAVE.get(started++))) {
                bench.restoreSelected(RestoreKind.UPDATE);
            }
            return;
        }
        retryFirstUsbFailure(tiles);
    }

    private void retryFirstUsbFailure(List<SlotTile> tiles) {
        if (retried) {
            showAnotherFailureOnceTheRetryIsDone(tiles);
            return;
        }
        if (tiles.stream().anyMatch(tile -> tile.job().active())) {
            return;
        }
        Optional<SlotTile> failed = tiles.stream()
                .filter(tile -> tile.present() && tile.job() instanceof JobState.Failed f
                        && f.diagnosis().appleCode() != null && !f.advice().fixes().isEmpty()
                        && f.diagnosis().category() == ErrorCategory.USB_CONNECTION)
                .findFirst();
        if (failed.isEmpty()) {
            return;
        }
        if (firstFailureSeen < 0) {
            firstFailureSeen = elapsed;
            bench.selectSlot(failed.get().slot().label());
            return;
        }
        if (elapsed - firstFailureSeen >= FIX_DELAY_MS) {
            Fix top = ((JobState.Failed) failed.get().job()).advice().fixes().get(0);
            bench.selectSlot(failed.get().slot().label());
            bench.markFixes(failed.get().key(), List.of(top.id()));
            bench.retrySelected();
            retried = true;
            retriedSlot = failed.get().slot().label();
        }
    }

    /** Leaves a failure selected, so the fixes panel shows what a technician would try next. */
    private void showAnotherFailureOnceTheRetryIsDone(List<SlotTile> tiles) {
        boolean retryDone = tiles.stream()
                .anyMatch(tile -> tile.slot().label().equals(retriedSlot) && !tile.job().active());
        if (!retryDone) {
            return;
        }
        timer.stop();
        tiles.stream().filter(tile -> tile.job() instanceof JobState.Failed && tile.present()).findFirst()
                .ifPresent(tile -> bench.selectSlot(tile.slot().label()));
    }
}
