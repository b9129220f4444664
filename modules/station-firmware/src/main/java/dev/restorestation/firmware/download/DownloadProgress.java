package dev.restorestation.firmware.download;

import dev.restorestation.firmware.ByteSize;
import java.time.Duration;

/** How a download is going: bytes so far, rate and time left. */
public record DownloadProgress(long bytes, long total, double bytesPerSecond, Duration eta) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) bytes / total);
    }

    public String describe() {
        String left = eta == null ? "" : ", " + (eta.toMinutes() > 0 ? eta.toMinutes() + " min" : eta.toSeconds() + " s") + " left";
        return "downloaded " + ByteSize.format(bytes) + " of " + ByteSize.format(total) + " at "
                + ByteSize.format((long) bytesPerSecond) + "/s" + left;
    }
}
