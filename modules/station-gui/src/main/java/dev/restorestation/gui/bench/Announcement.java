package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.Verification;
import dev.restorestation.gui.Texts;
import java.time.Instant;
import java.util.Optional;

/**
 * What a finished restore says away from the window: "Slot 4 · R-1042: ✓ Restored · verified on
 * the device". A problem asks for the technician; cancelled or still-running jobs say nothing.
 */
record Announcement(String title, String text, boolean problem) {

    static Optional<Announcement> of(SlotTile tile) {
        JobState job = tile.job();
        boolean problem = job instanceof JobState.Failed || job instanceof JobState.NotStarted
                || job instanceof JobState.Succeeded succeeded && succeeded.verification() != null
                && succeeded.verification().result() != Verification.Result.VERIFIED;
        if (!(job instanceof JobState.Succeeded || problem)) {
            return Optional.empty();
        }
        String title = Texts.text("tile.slot", tile.slot().label()) + (tile.ticket() == null ? "" : " · " + tile.ticket().id())
                + ": " + TileText.status(tile, Instant.now());
        String device = tile.device() == null ? "" : TileText.deviceName(tile.device());
        String detail = TileText.detail(tile);
        String text = detail.isEmpty() ? device : device.isEmpty() ? detail : device + " — " + detail;
        return Optional.of(new Announcement(title, text, problem));
    }
}
