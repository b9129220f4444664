package dev.restorestation.core.restore;

/** The steps an engine reports with {@code progress: <step> <fraction>}, numbered as idevicerestore numbers them. */
public enum RestoreStep {
    DETECT(0, "Detecting device"),
    PREPARE(1, "Preparing"),
    UPLOAD_FILESYSTEM(2, "Uploading filesystem"),
    VERIFY_FILESYSTEM(3, "Verifying filesystem"),
    FLASH_FIRMWARE(4, "Flashing firmware"),
    FLASH_BASEBAND(5, "Flashing baseband"),
    FUD(6, "Updating device firmware"),
    UPLOAD_IMAGES(7, "Uploading images"),
    /** A progress bar without a step number, or a step this station does not know yet. */
    UNKNOWN(-1, "Restoring");

    private final int number;
    private final String label;

    RestoreStep(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    /** Words for a tile. */
    public String label() {
        return label;
    }

    /** Whether this step moves the big filesystem image over USB (the phase that shares a bus's bandwidth). */
    public boolean uploadsFilesystem() {
        return this == UPLOAD_FILESYSTEM;
    }

    public static RestoreStep fromNumber(int number) {
        for (RestoreStep step : values()) {
            if (step.number == number && step != UNKNOWN) {
                return step;
            }
        }
        return UNKNOWN;
    }
}
