package dev.restorestation.restore.job;

/**
 * How many restores may run at once. Devices on one USB bus share its bandwidth (a USB 2.0 bus
 * moves some 35–40 MB/s in all), so besides the overall and per-bus limits the big filesystem
 * upload is staggered: on each bus at most {@code uploadsPerBus} jobs are before or in their upload
 * step; the next job on that bus starts when one of them moves on to verifying.
 */
public record RestoreLimits(int overall, int perBus, int uploadsPerBus) {

    public RestoreLimits {
        if (overall < 1 || perBus < 1 || uploadsPerBus < 1) {
            throw new IllegalArgumentException("restore limits must be at least 1: overall " + overall
                    + ", per bus " + perBus + ", uploads per bus " + uploadsPerBus);
        }
    }

    /** A bench default: 16 at once, 8 per bus, 2 uploading per bus. */
    public static RestoreLimits bench() {
        return new RestoreLimits(16, 8, 2);
    }
}
