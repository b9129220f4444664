package dev.restorestation.firmware.download;

import dev.restorestation.core.text.SizeText;
import java.time.Duration;

/** How a download is going: bytes so far, rate and time left. */
public record DownloadProgress(long bytes, long total, double bytesPerSecond, Duration eta) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) bytes / total);
    }

    public String describe() {
        String left = eta == null ? "" : ", " + (eta.toMinutes() > 0 ? eta.toMinutes() + " min" : eta.toSeconds() + " s") + " left";
        return "downloaded " + SizeText.bytes(bytes) + " of " + SizeText.bytes(total) + " at "
                + SizeText.bytes((long) bytesPerSecond) + "/s" + left;
    }
}
