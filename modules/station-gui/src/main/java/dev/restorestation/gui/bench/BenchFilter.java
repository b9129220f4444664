package dev.restorestation.gui.bench;

import java.awt.event.KeyEvent;
import java.util.Locale;

/** Which tiles the bench shows; each with its Alt+letter. */
enum BenchFilter {
    ALL("All", KeyEvent.VK_A),
    FAILED("Failed", KeyEvent.VK_F),
    RUNNING("Running", KeyEvent.VK_R),
    READY("Ready", KeyEvent.VK_D);

    private final String label;
    private final int mnemonic;

    BenchFilter(String label, int mnemonic) {
        this.label = label;
        this.mnemonic = mnemonic;
    }

    String label() {
        return label;
    }

    int mnemonic() {
        return mnemonic;
    }

    /** Failed: the restore failed or was refused. Running: restoring or queued. Ready: plugged in with nothing run yet. */
    boolean shows(SlotTile tile) {
        return switch (this) {
            case ALL -> true;
            case FAILED -> tile.job() instanceof JobState.Failed || tile.job() instanceof JobState.NotStarted;
            case RUNNING -> tile.job().active();
            case READY -> tile.present() && tile.job() instanceof JobState.Idle;
        };
    }

    /** "No failed tiles". */
    String nothingShown() {
        return "No " + label.toLowerCase(Locale.ROOT) + " tiles";
    }
}
