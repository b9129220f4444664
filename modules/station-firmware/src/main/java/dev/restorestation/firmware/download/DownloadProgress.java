package dev.restorestation.firmware.download;

import static dev.restorestation.firmware.text.FirmwareText.text;

import dev.restorestation.core.text.SizeText;
import java.time.Duration;

/** How a download is going: bytes so far, rate and time left. */
public record DownloadProgress(long bytes, long total, double bytesPerSecond, Duration eta) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) bytes / total);
    }

    /** For a technician, in the station's language. */
    public String describe() {
        String got = SizeText.shown(bytes);
        String of = SizeText.shown(total);
        String rate = SizeText.shown((long) bytesPerSecond);
        if (eta == null) {
            return text("download.progress", got, of, rate);
        }
        return eta.toMinutes() > 0 ? text("download.progressMinutes", got, of, rate, eta.toMinutes())
                : text("download.progressSeconds", got, of, rate, eta.toSeconds());
    }
}
