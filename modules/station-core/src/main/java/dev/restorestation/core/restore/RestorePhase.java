package dev.restorestation.core.restore;

/** Where a restore job is, from waiting in line to done. */
public enum RestorePhase {
    QUEUED("Waiting for a free place on the bus"),
    FIRMWARE("Getting the firmware ready"),
    SIGNING_CHECK("Asking Apple's signing server"),
    RESTORING("Restoring"),
    VERIFYING("Waiting for the device to come back"),
    FINISHED("Finished");

    private final String label;

    RestorePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
