package dev.restorestation.restore.job;

/**
 * How many restores may run at once: on the whole station, per bus (one root hub each), and per
 * hub (the ports sharing one hub chip). Devices on one USB bus share its bandwidth (a USB 2.0
 * bus moves some 35–40 MB/s in all), so the big filesystem upload is also staggered: on each bus
 * at most {@code uploadsPerBus} jobs are before or in their upload step; the next job on that bus
 * starts when one of them moves on to verifying.
 */
public record RestoreLimits(int overall, int perBus, int perHub, int uploadsPerBus) {

    /** The station-wide default: idevicerestore's maintainer advises about 10 restores per computer. */
    public static final int STATION_DEFAULT = 10;

    public RestoreLimits {
        if (overall < 1 || perBus < 1 || perHub < 1 || uploadsPerBus < 1) {
            throw new IllegalArgumentException("restore limits must be at least 1: overall " + overall
                    + ", per bus " + perBus + ", per hub " + perHub + ", uploads per bus " + uploadsPerBus);
        }
    }

    /** Limits without a cap of their own per hub. */
    public RestoreLimits(int overall, int perBus, int uploadsPerBus) {
        this(overall, perBus, perBus, uploadsPerBus);
    }

    /** A bench default: 10 at once, 8 per bus, 4 per hub, 2 uploading per bus. */
    public static RestoreLimits bench() {
        return new RestoreLimits(STATION_DEFAULT, 8, 4, 2);
    }
}
