package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;

/** Which tiles the bench shows; each with its Alt+letter. */
enum BenchFilter {
    ALL,
    FAILED,
    RUNNING,
    READY;

    String label() {
        return Texts.text("filter." + name());
    }

    /** The Alt+letter, which each language picks from its own word. */
    char mnemonic() {
        return Texts.text("filter." + name() + ".mnemonic").charAt(0);
    }

    String tip() {
        return Texts.text("filter." + name() + ".tip", String.valueOf(mnemonic()));
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
        return Texts.text("filter." + name() + ".none");
    }
}
